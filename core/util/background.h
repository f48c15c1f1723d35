#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>
#include <type_traits>
#include <utility>

// The one way Versus runs work off the GUI thread. Two shapes:
// - Background::Job: work its owner waits for (the loader's checksum and second half, the
//   matrix's search index). wait() joins it; the destructor asks it to stop (the work polls
//   stopRequested(), if it can stop early) and joins it, so nothing outlives what it reads.
// - Background::deliver(): work whose result goes to a QObject on the receiver's thread when
//   it is done (a large dataset opened from the window). The thread deletes itself; if the
//   receiver is gone by then, the result is dropped. To cancel, the receiver ignores it.
// Starting no thread costs nothing: a Job that is never started is an empty std::thread.
namespace Background {

// Whether there is a second core to share work with.
inline bool hasSecondCore()
{
    return std::thread::hardware_concurrency() >= 2;
}

class Job
{
    Q_DISABLE_COPY_MOVE(Job)

public:
    Job() = default;
    template<typename Work>
    explicit Job(Work &&work)
    {
        start(std::forward<Work>(work));
    }
    ~Job() { stop(); }

    // Runs work() on a new thread, after waiting for what ran before.
    template<typename Work>
    void start(Work &&work)
    {
        wait();
        m_stop.store(false, std::memory_order_relaxed);
        m_thread = std::thread(std::forward<Work>(work));
    }
    // Started and not yet waited for.
    bool running() const { return m_thread.joinable(); }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    // Asks the work to stop, then waits for it.
    void stop()
    {
        if (!m_thread.joinable())
            return;
        m_stop.store(true, std::memory_order_relaxed);
        m_thread.join();
    }
    // For the work, between its steps.
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// Runs work() on a new QThread at priority, then done(result) on receiver's thread.
template<typename Work, typename Done>
void deliver(QObject *receiver, Work work, Done done, QThread::Priority priority = QThread::LowPriority)
{
    using Result = std::invoke_result_t<Work &>;
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, work = std::move(work)]() mutable { *result = work(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, receiver,
                     [result, done = std::move(done)]() mutable { done(std::move(*result)); });
    thread->start(priority);
}

} // namespace Background
