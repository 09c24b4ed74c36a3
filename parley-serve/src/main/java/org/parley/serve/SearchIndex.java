package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over the evidence sentences (one entry per sentence that has a coded mention)
 * and the whole documents, with English stemming. Held in memory and built from the database at
 * start; {@link #add} re-indexes one document after it is stored.
 *
 * <p>Queries use Lucene's simple syntax with AND as the default operator: {@code secret talks}
 * needs both words, {@code a | b} either, {@code "exact phrase"}, {@code -word}, {@code prefix*}.
 * Highlights are the character ranges of the text whose analysed form is a query term.
 *
 * <p>Thread-safe: Lucene's writer and searcher manager are.
 */
final class SearchIndex implements AutoCloseable {

    static final int MAX_EVENT_IDS = 10_000;
    private static final int SNIPPET = 320;
    private static final int LEAD = 100;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final EventReader reader;

    SearchIndex(EventReader reader) {
        this.reader = reader;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            index(null);
            searchers = new SearcherManager(writer, null);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot build the search index: " + failed.getMessage(), failed);
        }
    }

    /** Indexes (again) the document with this id and the sentences of its mentions. */
    void add(String docId) {
        try {
            writer.deleteDocuments(new Term("doc", docId));
            index(docId);
            searchers.maybeRefreshBlocking();
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot index document " + docId + ": " + failed.getMessage(), failed);
        }
    }

    /** One page of hits; {@code kind} is "sentence", "document" or "all". */
    Views.SearchResult search(String q, String kind, int limit, int offset) {
        Query query = parse(q);
        if (query == null) {
            return new Views.SearchResult(q, 0, limit, offset, List.of());
        }
        Query scoped = kind.equals("all") ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
        Set<String> terms = termsOf(query);
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(scoped, offset + limit);
            List<Views.Hit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc scored = top.scoreDocs[i];
                hits.add(hit(searcher.storedFields().document(scored.doc), scored.score, terms));
            }
            return new Views.SearchResult(q, searcher.count(scoped), limit, offset, hits);
        });
    }

    /** The ids of the events coded in sentences that match the query (at most {@link #MAX_EVENT_IDS}). */
    Set<String> eventIds(String q) {
        Query query = parse(q);
        if (query == null) {
            return Set.of();
        }
        Query sentences = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", "sentence")), BooleanClause.Occur.FILTER).build();
        return withSearcher(searcher -> {
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc scored : searcher.search(sentences, MAX_EVENT_IDS).scoreDocs) {
                for (String id : searcher.storedFields().document(scored.doc).getValues("event")) {
                    if (ids.size() < MAX_EVENT_IDS) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void index(String docIdOrNull) throws IOException {
        for (EventReader.IndexedDocument document : reader.documents(docIdOrNull)) {
            Document entry = new Document();
            entry.add(new StringField("kind", "document", Field.Store.YES));
            entry.add(new StringField("doc", document.doc(), Field.Store.YES));
            if (document.title() != null) {
                entry.add(new TextField("title", document.title(), Field.Store.YES));
            }
            entry.add(new TextField("text", document.text(), Field.Store.YES));
            writer.addDocument(entry);
        }
        for (EventReader.IndexedSentence sentence : reader.sentences(docIdOrNull)) {
            Document entry = new Document();
            entry.add(new StringField("kind", "sentence", Field.Store.YES));
            entry.add(new StringField("doc", sentence.doc(), Field.Store.YES));
            entry.add(new StoredField("sentence", sentence.sentence()));
            entry.add(new TextField("text", sentence.text(), Field.Store.YES));
            for (String event : sentence.events()) {
                entry.add(new StoredField("event", event));
            }
            writer.addDocument(entry);
        }
        writer.commit();
    }

    private Query parse(String q) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("text", 1.0f, "title", 2.0f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(q);
    }

    private Views.Hit hit(Document stored, float score, Set<String> terms) throws IOException {
        String kind = stored.get("kind");
        String doc = stored.get("doc");
        String text = stored.get("text");
        List<List<Integer>> marks = marks(text, terms);
        if (kind.equals("document")) {
            int first = marks.isEmpty() ? 0 : marks.get(0).get(0);
            int start = wordStart(text, Math.max(0, first - LEAD));
            int end = Math.min(text.length(), start + SNIPPET);
            List<List<Integer>> shifted = new ArrayList<>();
            for (List<Integer> mark : marks) {
                if (mark.get(0) >= start && mark.get(1) <= end) {
                    shifted.add(List.of(mark.get(0) - start, mark.get(1) - start));
                }
            }
            return new Views.Hit(kind, doc, stored.get("title"), null, null, score, text.substring(start, end),
                    shifted);
        }
        return new Views.Hit(kind, doc, null, stored.getField("sentence").numericValue().intValue(),
                List.of(stored.getValues("event")), score, text, marks);
    }

    private List<List<Integer>> marks(String text, Set<String> terms) throws IOException {
        List<List<Integer>> marks = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    marks.add(List.of(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        }
        return marks;
    }

    private static Set<String> termsOf(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> texts = new HashSet<>();
        for (Term term : terms) {
            texts.add(term.text());
        }
        return texts;
    }

    private static int wordStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        int space = text.indexOf(' ', at);
        return space < 0 || space - at > 30 ? at : space + 1;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot search: " + failed.getMessage(), failed);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}
