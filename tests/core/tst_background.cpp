#include "core/util/background.h"

#include <QPointer>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

// The one way work leaves the GUI thread: a Job is joined and can be asked to stop; a
// delivered result arrives on the receiver's thread, or not at all once it is gone.
class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobRunsOnAnotherThreadAndIsJoined();
    void destructionStopsAndJoins();
    void startWaitsForThePreviousWork();
    void deliverRunsOnTheReceiversThread();
    void deliverDropsTheResultOfAGoneReceiver();
};

void TestBackground::jobRunsOnAnotherThreadAndIsJoined()
{
    std::thread::id worker;
    int value = 0;
    Background::Job job([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        worker = std::this_thread::get_id();
        value = 42;
    });
    QVERIFY(job.running());
    job.wait();
    QVERIFY(!job.running());
    QCOMPARE(value, 42); // written before the join, read after it
    QVERIFY(worker != std::this_thread::get_id());
    job.wait(); // a second wait does nothing
}

void TestBackground::destructionStopsAndJoins()
{
    std::atomic<bool> finished{false};
    std::atomic<int> steps{0};
    {
        auto job = std::make_unique<Background::Job>();
        Background::Job *self = job.get();
        job->start([self, &finished, &steps] {
            // Would run for 10 s or more unless asked to stop.
            for (int i = 0; i < 10000 && !self->stopRequested(); ++i) {
                ++steps;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            finished = true;
        });
        QTRY_VERIFY(steps > 0);
        QVERIFY(!job->stopRequested());
    } // the destructor asks it to stop, then joins
    QVERIFY(finished);
    QVERIFY(steps < 10000);
}

void TestBackground::startWaitsForThePreviousWork()
{
    std::atomic<int> order{0};
    int first = 0;
    int second = 0;
    Background::Job job;
    QVERIFY(!job.running());
    job.start([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        first = ++order;
    });
    job.start([&] { second = ++order; });
    job.wait();
    QCOMPARE(first, 1);
    QCOMPARE(second, 2);
}

void TestBackground::deliverRunsOnTheReceiversThread()
{
    QObject receiver;
    std::thread::id worker;
    QThread *deliveredOn = nullptr;
    int result = 0;
    Background::deliver(
        &receiver,
        [&worker] {
            worker = std::this_thread::get_id();
            return 6 * 7;
        },
        [&](int value) {
            deliveredOn = QThread::currentThread();
            result = value;
        });
    QCOMPARE(result, 0); // not before the event loop runs
    QTRY_COMPARE(result, 42);
    QCOMPARE(deliveredOn, receiver.thread());
    QVERIFY(worker != std::this_thread::get_id());
}

void TestBackground::deliverDropsTheResultOfAGoneReceiver()
{
    auto *receiver = new QObject;
    std::atomic<bool> ran{false};
    bool delivered = false;
    Background::deliver(
        receiver,
        [&ran] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            ran = true;
            return 1;
        },
        [&delivered](int) { delivered = true; });
    delete receiver;
    QTRY_VERIFY(ran);
    QTest::qWait(200); // the thread's finished signal has been handled by now
    QVERIFY(!delivered);
}

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
