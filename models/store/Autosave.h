#pragma once

#include "order/Order.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace od {

class DraftStore;

/// Keeps the open draft saved without the rep ever pressing Save. Every change marks the order
/// dirty and restarts a short debounce; a rep who keeps typing is still saved at least every
/// kMaxDelayMs. Leaving a page, losing focus, closing and quitting call flush(), which saves at
/// once. A failed save keeps the order dirty and is retried; nothing is dropped.
class Autosave : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;  ///< quiet time after the last change
    static constexpr int kMaxDelayMs = 1000; ///< longest a change waits while typing goes on
    static constexpr int kRetryMs = 2000;

    explicit Autosave(DraftStore *store, QObject *parent = nullptr);
    ~Autosave() override;

    /// Starts tracking draft `id` whose saved state is `order`. Flushes the previous draft first;
    /// if that save fails, the previous draft stays tracked (dirty, retried) and this returns
    /// false.
    bool track(qint64 id, const Order &order);
    /// Flushes and stops tracking. If the save fails, tracking goes on (the changes are kept and
    /// retried) and this returns false: the caller must not throw the order away.
    bool stop();

    /// The wizard's order changed: remember it and save it soon. Cheap enough for every keystroke.
    void setOrder(const Order &order);

    /// Saves now if anything is unsaved. Returns false if the save failed (still dirty).
    bool flush();

    qint64 draftId() const { return m_id; }
    const Order &order() const { return m_order; }
    bool isDirty() const { return m_dirty; }
    void setDelays(int debounceMs, int maxDelayMs);

signals:
    void saved(qint64 id);
    void saveFailed(qint64 id, const QString &message);
    void dirtyChanged(bool dirty);

private:
    void onTimeout();

    QPointer<DraftStore> m_store;
    QTimer m_timer;
    QElapsedTimer m_firstUnsaved;
    qint64 m_id = 0;
    Order m_order;
    bool m_dirty = false;
    bool m_failing = false;
    int m_debounceMs = kDebounceMs;
    int m_maxDelayMs = kMaxDelayMs;
};

} // namespace od
