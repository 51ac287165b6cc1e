package vn.antq.ui.common;

import vn.antq.domain.Progress;

/** A unit of work for the task runner; runs off the FX thread (in production) and may report progress. */
@FunctionalInterface
public interface Work<T> {
    T call(Progress progress) throws Exception;
}
