package org.constable.search.domain;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;

/** The documents of any of several iterators, in order, each once: a heap of the iterators by their current document. */
final class AnyOf extends DocIdSetIterator {

    private final DocIdSetIterator[] heap;
    private final long cost;
    private int size;
    private int doc = -1;

    AnyOf(List<? extends DocIdSetIterator> parts) {
        this.heap = parts.toArray(new DocIdSetIterator[0]);
        this.size = heap.length;
        this.cost = parts.stream().mapToLong(DocIdSetIterator::cost).sum();
    }

    @Override
    public int docID() {
        return doc;
    }

    @Override
    public int nextDoc() throws IOException {
        return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
        if (doc == NO_MORE_DOCS) {
            return doc;
        }
        while (size > 0 && heap[0].docID() < target) {
            if (heap[0].advance(target) == NO_MORE_DOCS) {
                heap[0] = heap[--size];
                heap[size] = null;
            }
            down();
        }
        return doc = size == 0 ? NO_MORE_DOCS : heap[0].docID();
    }

    private void down() {
        int i = 0;
        while (true) {
            int least = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heap[left].docID() < heap[least].docID()) {
                least = left;
            }
            if (right < size && heap[right].docID() < heap[least].docID()) {
                least = right;
            }
            if (least == i) {
                return;
            }
            DocIdSetIterator swap = heap[i];
            heap[i] = heap[least];
            heap[least] = swap;
            i = least;
        }
    }

    @Override
    public long cost() {
        return cost;
    }
}
