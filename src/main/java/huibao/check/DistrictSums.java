package huibao.check;

import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * A city's total against its districts' own reports: when every division under the city has a
 * report of the city report's period stating the figure, their levels must add up to the city's.
 */
final class DistrictSums implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (Row cityRow : c.levels().rows()) {
            Region city = cityRow.region();
            if (city == null) {
                continue;
            }
            List<Region> districts = c.regions().children(city.code());
            if (districts.size() < 2) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Region d : districts) {
                c.levels().rows().stream().filter(r -> d.equals(r.region()) && r.period().sameSpanAs(cityRow.period()))
                        .findFirst().ifPresent(rows::add);
            }
            if (rows.size() != districts.size()) {
                continue; // not every district has reported: a sum would say nothing
            }
            for (Column col : c.levels().columns()) {
                if (col.measure() != Measure.VALUE) {
                    continue;
                }
                Cell total = cityRow.cell(col);
                if (total == null || Bounds.of(total.fact()) == null || !additive(total.fact().baseUnit())) {
                    continue;
                }
                List<Fact> parts = new ArrayList<>();
                for (Row r : rows) {
                    Cell cell = r.cell(col);
                    if (cell == null || Bounds.of(cell.fact()) == null || cell.fact().baseUnit() != total.fact().baseUnit()
                            || !c.headlines().wholeScope(cell.fact().scope())) {
                        parts.clear();
                        break;
                    }
                    parts.add(cell.fact());
                }
                if (parts.isEmpty()) {
                    continue;
                }
                Bounds sum = Bounds.sum(parts.stream().map(Bounds::of).toList());
                List<Fact> facts = new ArrayList<>(parts);
                facts.add(total.fact());
                out.add(Judgement.of(Finding.Kind.DISTRICT_SUM, total.fact(), facts, sum,
                        city.name() + "所辖" + parts.size() + "个地区" + c.words().label(col.indicator()) + "之和"));
            }
        }
    }

    private static boolean additive(BaseUnit unit) {
        return unit != BaseUnit.PERCENT && unit != BaseUnit.PP && unit != BaseUnit.RANK;
    }
}
