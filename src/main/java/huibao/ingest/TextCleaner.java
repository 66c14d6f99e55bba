package huibao.ingest;

import huibao.model.OffsetMap;
import java.util.Arrays;
import java.util.List;

/**
 * Cleans a parsed text through a chain of small steps, each with one job, and keeps the map from
 * every cleaned offset back to the raw text. Steps only delete characters or replace them one for
 * one, so a text that needs nothing comes out identical, with the identity map.
 *
 * <p>Text with form feeds is paged (PDF): it also loses page numbers at page breaks, running
 * headers and footers, and the line breaks a page layout put in mid-sentence; other text loses
 * such line breaks only when it is hard-wrapped throughout. Every text loses the stray characters
 * and blanks a PDF's text layer puts inside figures and words.
 */
final class TextCleaner {

    private final List<CleaningStep> flowing;
    private final List<CleaningStep> paged;

    TextCleaner(BoilerplateRules boilerplate, CleaningRules rules) {
        this.flowing = List.of(
                new LineBreakNormalizer(),
                new InvisibleCharacterRemover(),
                new FullWidthFolder(),
                new TraditionalScriptFolder(rules),
                new FullStopDecimalFolder(rules),
                new PronunciationRemover(),
                new BoilerplateRemover(boilerplate),
                new PageFurnitureRemover(boilerplate, false),
                new BrokenLineJoiner(rules, true),
                new StrayCharacterRemover(rules),
                new FigureSpaceRemover(rules),
                new SpacedWordJoiner(rules));
        this.paged = List.of(
                new LineBreakNormalizer(),
                new InvisibleCharacterRemover(),
                new FullWidthFolder(),
                new TraditionalScriptFolder(rules),
                new FullStopDecimalFolder(rules),
                new PronunciationRemover(),
                new BoilerplateRemover(boilerplate),
                new PageFurnitureRemover(boilerplate, true),
                new BrokenLineJoiner(rules),
                new StrayCharacterRemover(rules),
                new FigureSpaceRemover(rules),
                new SpacedWordJoiner(rules));
    }

    /** Cleans {@code raw}; the result's offsets map back into {@code raw}. */
    CleanedText clean(String raw) {
        String text = raw;
        int[] toRaw = null;
        for (CleaningStep step : raw.indexOf('\f') >= 0 ? paged : flowing) {
            TextEdit edit = new TextEdit(text);
            step.apply(text, edit);
            if (edit.changed()) {
                int[] sources = edit.sources();
                if (toRaw != null) {
                    for (int i = 0; i < sources.length; i++) {
                        sources[i] = toRaw[sources[i]];
                    }
                }
                toRaw = sources;
                text = edit.text();
            }
        }
        return new CleanedText(text, toRaw == null ? OffsetMap.identity() : anchors(toRaw));
    }

    /** The anchors of a per-character map: one wherever the raw offsets stop running on. */
    private static OffsetMap anchors(int[] toRaw) {
        if (toRaw.length == 0) {
            return OffsetMap.identity();
        }
        int[] clean = new int[16];
        int[] raw = new int[16];
        int n = 0;
        for (int i = 0; i < toRaw.length; i++) {
            if (i == 0 || toRaw[i] != toRaw[i - 1] + 1) {
                if (n == clean.length) {
                    clean = Arrays.copyOf(clean, n * 2);
                    raw = Arrays.copyOf(raw, n * 2);
                }
                clean[n] = i;
                raw[n++] = toRaw[i];
            }
        }
        if (n == 1 && raw[0] == 0) {
            return OffsetMap.identity();
        }
        return OffsetMap.of(Arrays.copyOf(clean, n), Arrays.copyOf(raw, n));
    }
}
