package huibao.dataset;

import huibao.model.Period;

import java.util.Objects;

/** The report period's span as a map key: labels differ where spans agree. */
record PeriodSpan(Integer year, Integer from, Integer to, Period period) {
    static PeriodSpan of(Period p) {
        return new PeriodSpan(p.year(), p.fromMonth(), p.toMonth(), p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodSpan s && Objects.equals(year, s.year) && Objects.equals(from, s.from)
                && Objects.equals(to, s.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, from, to);
    }
}
