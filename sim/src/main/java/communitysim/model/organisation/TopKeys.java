package communitysim.model.organisation;

/**
 * The {@code k} largest of a stream of distinct {@code long} keys, kept in a min-heap of primitives.
 * Promotions pick the top few thousand of a hundred thousand members every week; a
 * {@code PriorityQueue<Integer>} with a comparator spent most of that time boxing and chasing
 * pointers. A key packs the ranking value and the member id ({@link #of(float, int)}), so
 * equal values are ordered by id and the chosen set does not depend on visiting order.
 */
final class TopKeys {
    private long[] heap = new long[16];
    private int size;
    private int k;

    /** Starts a new selection of at most {@code k} keys. */
    TopKeys reset(int k) {
        this.k = Math.max(0, k);
        size = 0;
        if (heap.length < this.k) heap = new long[this.k];
        return this;
    }

    void offer(long key) {
        if (size < k) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= key) break;
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = key;
        } else if (k > 0 && key > heap[0]) {
            siftDown(key);
        }
    }

    private void siftDown(long key) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) child++;
            if (key <= heap[child]) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }

    int size() {
        return size;
    }

    /** The member id of the {@code i}-th kept key (in heap order, not ranked). */
    int id(int i) {
        return (int) (0xFFFFFFFFL - (heap[i] & 0xFFFFFFFFL));
    }

    /**
     * A key ranking by {@code value} (not negative), then the lower id first: the id is stored
     * complemented so that, of two equal values, the lower id has the larger key.
     */
    static long of(float value, int id) {
        return ((long) Float.floatToIntBits(value + 0.0f) << 32) | (0xFFFFFFFFL - id);
    }

    static long of(int value, int id) {
        return ((long) value << 32) | (0xFFFFFFFFL - id);
    }
}
