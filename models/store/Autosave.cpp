#include "Autosave.h"

#include "DraftStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace od {

Autosave::Autosave(DraftStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::onTimeout);
    // Quitting saves at once, whichever window or page is open.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &Autosave::flush);
}

Autosave::~Autosave()
{
    flush();
}

void Autosave::setDelays(int debounceMs, int maxDelayMs)
{
    m_debounceMs = debounceMs;
    m_maxDelayMs = std::max(debounceMs, maxDelayMs);
}

bool Autosave::track(qint64 id, const Order &order)
{
    if (m_id != 0 && m_id != id && !flush())
        return false;
    m_timer.stop();
    m_id = id;
    m_order = order;
    m_failing = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
    return true;
}

bool Autosave::stop()
{
    if (!flush())
        return false;
    m_timer.stop();
    m_id = 0;
    m_order = Order();
    return true;
}

void Autosave::setOrder(const Order &order)
{
    if (m_id == 0)
        return;
    // Copying an Order is cheap: its lists and strings are implicitly shared.
    m_order = order;
    if (!m_dirty) {
        m_dirty = true;
        m_firstUnsaved.start();
        emit dirtyChanged(true);
    }
    if (m_failing)
        return; // the retry timer is running
    const qint64 waited = m_firstUnsaved.elapsed();
    const qint64 left = std::max<qint64>(0, m_maxDelayMs - waited);
    m_timer.start(static_cast<int>(std::min<qint64>(m_debounceMs, left)));
}

void Autosave::onTimeout()
{
    flush();
}

bool Autosave::flush()
{
    if (!m_dirty || m_id == 0)
        return true;
    m_timer.stop();
    if (!m_store) {
        emit saveFailed(m_id, tr("The drafts are not open."));
        return false;
    }
    const Result<bool> result = m_store->saveDraft(m_id, m_order);
    if (!result) {
        if (!m_failing)
            emit saveFailed(m_id, result.error());
        m_failing = true;
        m_timer.start(kRetryMs);
        return false;
    }
    m_failing = false;
    m_dirty = false;
    emit dirtyChanged(false);
    emit saved(m_id);
    return true;
}

} // namespace od
