package io.schemadiff.model;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set that keeps its insertion order in a plain array: dependency sets hold a handful of ids, and
 * there are hundreds of thousands of them in a large schema, so a hash set each would cost more than it saves.
 */
public final class SmallSet<T> extends AbstractSet<T> {
    private static final SmallSet<Object> EMPTY = new SmallSet<>(new Object[0]);

    private final Object[] items;

    private SmallSet(Object[] items) {
        this.items = items;
    }

    @SuppressWarnings("unchecked")
    public static <T> Set<T> copyOf(Collection<? extends T> c) {
        if (c instanceof SmallSet<?> s) {
            return (Set<T>) s;
        }
        if (c.isEmpty()) {
            return (Set<T>) EMPTY;
        }
        Object[] a = c instanceof Set<?> ? c.toArray() : new java.util.LinkedHashSet<>(c).toArray();
        return new SmallSet<>(a);
    }

    @Override
    public boolean contains(Object o) {
        for (Object x : items) {
            if (x.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < items.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (i >= items.length) {
                    throw new NoSuchElementException();
                }
                return (T) items[i++];
            }
        };
    }

    @Override
    public int size() {
        return items.length;
    }
}
