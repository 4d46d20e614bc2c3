"""Broadcasting with an in-process fake sender: limits, 403, 429, failures, interruption."""

import asyncio

import pytest

from bot.telegram.broadcast import (
    Blocked,
    RetryLater,
    SendFailed,
    Transient,
    broadcast,
    measure,
    simulated_sender,
)


async def test_everyone_gets_exactly_one_and_blocked_are_reported():
    send, received = simulated_sender(limit_per_s=1000, blocked={3, 7})
    sent, blocked = [], []
    result = await broadcast(
        range(20), send, on_sent=sent.append, on_blocked=blocked.append, rate=500
    )
    assert sorted(sent) == [i for i in range(20) if i not in (3, 7)]
    assert sorted(blocked) == [3, 7]
    assert set(received.values()) == {1} and len(received) == 18
    assert result.sent == 18 and result.failed == []


async def test_429_leaves_the_chat_unrecorded_for_the_next_run():
    """AIORateLimiter is the one place that waits on a 429: one that still reaches the
    broadcaster is neither retried nor recorded, and the others go on."""
    calls: list[int] = []

    async def send(chat_id):
        calls.append(chat_id)
        if chat_id == 2:
            raise RetryLater(0.2)

    sent, failed = [], []
    result = await broadcast([1, 2, 3], send, on_sent=sent.append,
                             on_failed=lambda c, e: failed.append(c), rate=1000, concurrency=1)
    assert sorted(sent) == [1, 3] and failed == []
    assert calls == [1, 2, 3]  # tried once: no retry loop here
    assert result.retry_after_hits == 1 and result.deferred == [2]
    # the next run sends it
    again = await broadcast(result.deferred, lambda c: sent.append(c) or asyncio.sleep(0),
                            rate=1000)
    assert again.deferred == [] and sorted(sent) == [1, 2, 3]


async def test_one_failing_chat_never_stops_the_others():
    async def send(chat_id):
        if chat_id == 1:
            raise SendFailed("Bad Request: chat not found")
        if chat_id == 2:
            raise RuntimeError("boom")

    failed = []
    sent = []
    result = await broadcast(
        range(6), send, on_sent=sent.append, on_failed=lambda c, e: failed.append(c), rate=1000
    )
    assert sorted(sent) == [0, 3, 4, 5] and sorted(failed) == [1, 2]
    assert result.sent == 4


async def test_transient_errors_are_retried_then_given_up():
    tries = {}

    async def send(chat_id):
        tries[chat_id] = tries.get(chat_id, 0) + 1
        if chat_id == 0 and tries[0] < 3:
            raise Transient("connection reset")
        if chat_id == 1:
            raise Transient("down")

    failed = []
    result = await broadcast(
        [0, 1], send, on_failed=lambda c, e: failed.append(c), rate=1000, transient_backoff=0.01,
        max_transient=3,
    )
    assert result.sent == 1 and failed == [1] and tries[1] == 4


async def test_a_failing_callback_does_not_stop_the_broadcast():
    send, received = simulated_sender(limit_per_s=1000)

    def on_sent(chat_id):
        if chat_id == 0:
            raise OSError("disk full")

    await broadcast(range(5), send, on_sent=on_sent, rate=1000)
    assert len(received) == 5


async def test_async_callbacks_are_awaited():
    send, _ = simulated_sender(limit_per_s=1000)
    seen = []

    async def on_sent(chat_id):
        await asyncio.sleep(0)
        seen.append(chat_id)

    await broadcast(range(4), send, on_sent=on_sent, rate=1000)
    assert sorted(seen) == [0, 1, 2, 3]


async def test_pacing_keeps_the_rate():
    send, _ = simulated_sender(limit_per_s=1000, latency=0)
    result = await broadcast(range(21), send, rate=50)
    # 21 starts spaced 20 ms apart take at least 0.4 s.
    assert result.elapsed >= 0.38
    assert result.rate <= 55


async def test_cancelled_broadcast_reported_what_it_sent():
    send, received = simulated_sender(limit_per_s=1000, latency=0)
    sent = []
    task = asyncio.create_task(broadcast(range(100), send, on_sent=sent.append, rate=100))
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert 0 < len(sent) < 100
    assert sorted(sent) == sorted(received)  # everything sent was reported


async def test_each_chat_once_even_if_listed_twice():
    send, received = simulated_sender(limit_per_s=1000)
    result = await broadcast([1, 2, 1, 2, 3], send, rate=1000)
    assert result.total == 3 and received == {1: 1, 2: 1, 3: 1}


async def test_measure_against_the_simulated_limit():
    send, received = simulated_sender(limit_per_s=30, blocked=range(5), retry_after=0.5)
    figures = await measure(send, range(60), rate=40)  # deliberately over the limit
    print("simulated broadcast:", figures)
    assert figures["sent"] + figures["deferred"] == 55 and figures["blocked"] == 5
    assert figures["http_429"] >= 1  # the over-eager rate met the limit...
    assert figures["deferred"] == figures["http_429"]  # ...and those chats wait for a next run
    assert len(received) == figures["sent"] and all(v == 1 for v in received.values())


async def test_blocked_is_not_retried():
    calls = []

    async def send(chat_id):
        calls.append(chat_id)
        raise Blocked("Forbidden: bot was blocked by the user")

    result = await broadcast([9], send, rate=1000)
    assert calls == [9] and result.blocked == [9]


async def test_stop_event_ends_gracefully_and_reports_everything_in_flight():
    started = []

    async def send(chat_id):
        started.append(chat_id)
        await asyncio.sleep(0.05)

    stop = asyncio.Event()
    sent = []
    task = asyncio.create_task(
        broadcast(range(100), send, on_sent=sent.append, rate=100, concurrency=4, stop=stop)
    )
    await asyncio.sleep(0.2)
    stop.set()
    result = await task
    assert result.stopped and 0 < result.sent < 100
    assert sorted(sent) == sorted(started)  # every send that started was finished and reported
