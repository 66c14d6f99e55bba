package huibao.index;

import huibao.model.Span;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.List;

/**
 * The boundaries of {@link Passages}: the start and end of every passage of a text, and its two
 * ends. The highlighter grows a match to the boundaries around it, so a marked passage is exactly
 * one passage, without the blanks between passages.
 */
final class PassageBreaks extends BreakIterator {

    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int current;

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        List<Span> passages = Passages.split(newText, 0);
        int[] b = new int[passages.size() * 2 + 2];
        int n = 1;
        // passages come in order and do not overlap, so the boundaries only need their repeats dropped
        for (Span p : passages) {
            n = add(b, n, p.start());
            n = add(b, n, p.end());
        }
        n = add(b, n, newText.length());
        bounds = Arrays.copyOf(b, n);
        current = 0;
    }

    private static int add(int[] bounds, int n, int bound) {
        if (bounds[n - 1] != bound) {
            bounds[n++] = bound;
        }
        return n;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        current = 0;
        return bounds[current];
    }

    @Override
    public int last() {
        current = bounds.length - 1;
        return bounds[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= bounds.length) {
            current = target < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        current = target;
        return bounds[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        int after = i >= 0 ? i + 1 : -i - 1;
        if (after >= bounds.length) {
            current = bounds.length - 1;
            return DONE;
        }
        current = after;
        return bounds[current];
    }

    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        int before = i >= 0 ? i - 1 : -i - 2;
        if (before < 0) {
            current = 0;
            return DONE;
        }
        current = before;
        return bounds[current];
    }

    @Override
    public int current() {
        return bounds[current];
    }
}
