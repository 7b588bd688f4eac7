package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.store.EventJson;

/**
 * Events and mentions as Parquet tables: the fields analysts filter and aggregate on as typed columns,
 * named as in the JSON contract, and the whole record in {@code json} so nothing is lost.
 */
final class ParquetOutput {
    private static final String[] COLUMNS = {"event_type", "sub_event_type", "status", "event_date", "date_end",
        "date_precision", "country", "admin1", "admin1_code", "location", "latitude", "longitude", "geo_precision",
        "actor1", "actor2", CountRole.FATALITIES.code(), CountRole.INJURED.code(), CountRole.DISPLACED.code(), "outlets",
        "json"};

    private ParquetOutput() {
    }

    static void write(SparkSession spark, JavaRDD<Event> events, JavaRDD<EventMention> mentions, String dir) {
        spark.createDataFrame(events.map(ParquetOutput::row), schema("event_id", "mention_ids"))
                .write().mode(SaveMode.Overwrite).parquet(dir + "/events");
        spark.createDataFrame(mentions.map(ParquetOutput::row), schema("mention_id", "doc_id"))
                .write().mode(SaveMode.Overwrite).parquet(dir + "/mentions");
    }

    private static StructType schema(String id, String extra) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField(id, DataTypes.StringType, false));
        f.add(extra.equals("mention_ids")
                ? DataTypes.createStructField(extra, DataTypes.createArrayType(DataTypes.StringType), false)
                : DataTypes.createStructField(extra, DataTypes.StringType, true));
        for (String c : COLUMNS) {
            DataType t = switch (c) {
                case "latitude", "longitude" -> DataTypes.DoubleType;
                case "geo_precision" -> DataTypes.IntegerType;
                case "outlets" -> DataTypes.createArrayType(DataTypes.StringType);
                default -> CountRole.lookup(c) != null ? DataTypes.LongType : DataTypes.StringType;
            };
            f.add(DataTypes.createStructField(c, t, true));
        }
        return DataTypes.createStructType(f);
    }

    private static Row row(Event e) {
        return row(e.id(), e.mentionIds(), e.type().eventType(), e.type().subEventType(), e.status().code(),
                e.date(), e.location(), e.actor1(), e.actor2(), e.counts(), e.sources(),
                EventJson.event(e).toString());
    }

    private static Row row(EventMention m) {
        return row(m.id(), m.docId(), m.type().eventType(), m.type().subEventType(), m.status().code(),
                m.date(), m.location(), m.actor1(), m.actor2(), m.counts(), m.sources(),
                EventJson.mention(m).toString());
    }

    private static Row row(String id, Object extra, String type, String subType, String status,
                           EventDate date, Place place, Actor actor1, Actor actor2, Map<CountRole, Count> counts,
                           List<Source> sources, String json) {
        List<String> outlets = sources.stream().map(s -> s.outlet() != null ? s.outlet() : s.docId()).distinct().toList();
        return RowFactory.create(id, extra instanceof List<?> l ? seq(l) : extra, type, subType, status,
                date.date() == null ? null : date.date().toString(),
                date.dateEnd() == null ? null : date.dateEnd().toString(),
                date.precision() == null ? null : date.precision().code(),
                place == null ? null : place.country(), place == null ? null : place.admin1(),
                place == null ? null : place.admin1Code(), place == null ? null : place.name(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), place == null ? null : place.geoPrecision(),
                actor1 == null ? null : actor1.name(), actor2 == null ? null : actor2.name(),
                value(counts.get(CountRole.FATALITIES)), value(counts.get(CountRole.INJURED)),
                value(counts.get(CountRole.DISPLACED)),
                seq(outlets), json);
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static scala.collection.immutable.Seq<?> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static Long value(Count c) {
        return c == null ? null : c.value();
    }
}
