package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Status;
import org.sitrep.report.ReportScope;
import org.sitrep.store.EventQuery;

/** Query parameters as typed values, and the 400s that name a bad one. */
class RequestParamsTest {
    private static UnaryOperator<String> params(Map<String, String> values) {
        return values::get;
    }

    @Test
    void aListQueryReadsEveryFilterAndPage() {
        EventQuery q = RequestParams.query(params(Map.of("from", "2021-05-01", "to", " 2021-05-31 ", "region", "Kasai",
                "type", "Battles", "sub_type", "Armed clash", "actor", "militia", "outlet", "example.org",
                "status", "disputed", "limit", "50", "offset", "100")), true);
        assertThat(q.from()).isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(q.region()).isEqualTo("Kasai");
        assertThat(q.eventType()).isEqualTo("Battles");
        assertThat(q.subEventType()).isEqualTo("Armed clash");
        assertThat(q.actor()).isEqualTo("militia");
        assertThat(q.outlet()).isEqualTo("example.org");
        assertThat(q.status()).isEqualTo(Status.DISPUTED);
        assertThat(q.limit()).isEqualTo(50);
        assertThat(q.offset()).isEqualTo(100);
    }

    @Test
    void blankParametersAreAbsentAndLimitsDefault() {
        EventQuery list = RequestParams.query(params(Map.of("region", "  ", "limit", "")), true);
        assertThat(list.region()).isNull();
        assertThat(list.limit()).isEqualTo(EventQuery.DEFAULT_LIMIT);
        assertThat(list.offset()).isZero();
        assertThat(RequestParams.query(params(Map.of()), false).limit()).isEqualTo(RequestParams.MAX_EXPORT);
    }

    @Test
    void aBadParameterIsA400ThatNamesIt() {
        assertThatThrownBy(() -> RequestParams.query(params(Map.of("limit", "1001")), true))
                .isInstanceOf(ApiError.class).hasMessage("limit 1001 must be between 1 and 1000")
                .extracting(e -> ((ApiError) e).status).isEqualTo(400);
        assertThatThrownBy(() -> RequestParams.query(params(Map.of("offset", "ten")), true))
                .hasMessage("offset 'ten' must be a whole number");
        assertThatThrownBy(() -> RequestParams.query(params(Map.of("from", "5 May 2021")), true))
                .hasMessage("from '5 May 2021' must be a date of the form YYYY-MM-DD");
        assertThatThrownBy(() -> RequestParams.query(params(Map.of("status", "rumoured")), true))
                .hasMessage("status 'rumoured' must be one of occurred, planned, alleged, disputed, denied");
    }

    @Test
    void aReportScopeRefusesDaysInTheWrongOrder() {
        ReportScope scope = RequestParams.scope(params(Map.of("region", "Ituri", "from", "2021-05-01")));
        assertThat(scope.region()).isEqualTo("Ituri");
        assertThat(scope.from()).isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(scope.to()).isNull();
        assertThatThrownBy(() -> RequestParams.scope(params(Map.of("from", "2021-05-02", "to", "2021-05-01"))))
                .hasMessage("from 2021-05-02 is after to 2021-05-01");
    }

    @Test
    void aBadValueIsRepeatedShortAndWithoutControlCharacters() {
        String longRegion = "x".repeat(RequestParams.SHOWN_CHARS + 40);
        assertThatThrownBy(() -> RequestParams.query(params(Map.of("to", longRegion)), true))
                .hasMessage("to '" + "x".repeat(RequestParams.SHOWN_CHARS) + "…' must be a date of the form YYYY-MM-DD");
        assertThatThrownBy(() -> RequestParams.query(params(Map.of("status", "done\r\nSet-Cookie: a=b")), true))
                .hasMessageStartingWith("status 'done??Set-Cookie: a=b' must be one of");
        assertThat(RequestParams.shown("émeute")).isEqualTo("'émeute'");
    }
}
