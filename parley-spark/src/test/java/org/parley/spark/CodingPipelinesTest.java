package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.code.EventCoder;

class CodingPipelinesTest {

    private final AtomicInteger built = new AtomicInteger();
    private final EventCoder coder = EventCoder.builder().build();
    private final CodingPipelines pool = new CodingPipelines(() -> {
        built.incrementAndGet();
        return new CodingPipelines.Pipeline(document -> {
            throw new UnsupportedOperationException("not annotated in this test");
        }, coder);
    });

    @Test
    void buildsOnlyWhenNoPipelineIsIdle() {
        CodingPipelines.Pipeline first = pool.borrow();
        CodingPipelines.Pipeline second = pool.borrow();

        assertThat(built).hasValue(2);
        assertThat(first).isNotSameAs(second);
        assertThat(pool.idle()).isZero();
    }

    @Test
    void tasksOneAfterAnotherShareOnePipeline() {
        for (int task = 0; task < 5; task++) {
            pool.giveBack(pool.borrow());
        }

        assertThat(built).hasValue(1);
        assertThat(pool.idle()).isEqualTo(1);
    }

    @Test
    void lendsTheLastPipelineGivenBack() {
        CodingPipelines.Pipeline first = pool.borrow();
        CodingPipelines.Pipeline second = pool.borrow();
        pool.giveBack(first);
        pool.giveBack(second);

        assertThat(pool.borrow()).isSameAs(second);
        assertThat(pool.idle()).isEqualTo(1);
        assertThat(built).hasValue(2);
    }
}
