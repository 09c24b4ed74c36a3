package org.parley.time;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Hand-built tokens for the tagger's tests: {@code "Israel/NNP said/VBD on/IN Sunday/NNP"}, a
 * token being {@code word/POS} or {@code word/POS/NER} (NER defaults to "O"); the text is the
 * words joined by single spaces, so the span of token i starts after the words before it; a
 * leading {@code ~} glues a token to the one before it.
 */
final class Words {
    private Words() {
    }

    static List<Token> of(String spec) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        String[] parts = spec.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            boolean glued = parts[i].startsWith("~");
            String[] f = (glued ? parts[i].substring(1) : parts[i]).split("/", -1);
            if (f.length < 2) {
                throw new IllegalArgumentException("token " + i + " of \"" + spec + "\" has no POS: " + parts[i]);
            }
            if (i > 0 && !glued) {
                offset++;
            }
            String word = f[0];
            tokens.add(new Token(i, word, word.toLowerCase(), f[1], f.length > 2 ? f[2] : "O", new Span(offset, offset + word.length())));
            offset += word.length();
        }
        return tokens;
    }
}
