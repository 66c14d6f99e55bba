/**
 * The checks: figures that are missing (masked, or not reported where peers report them) and
 * figures that do not add up (completion, share, 其中 and 分别 totals, growth rates, defined
 * ratios, restatements, a city's figures against its districts'). Each relation is judged the way
 * statcheck judges printed statistics: a printed figure stands for every value that rounds to it,
 * and a relation fails only when no such values satisfy it. {@link huibao.check.Checker} is the
 * entry; each rule is a small {@link huibao.check.Check}.
 */
package huibao.check;
