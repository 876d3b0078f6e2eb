#pragma once

#include <QObject>
#include <QPointer>

// The context of the one request (or chain of calls) an object has in flight for what it shows
// now. Callbacks and connections bound to context() are dropped when the scope is renewed for a
// newer request, cleared, or destroyed with its owner: a late answer for what is no longer shown
// never lands.
class RequestScope
{
public:
    explicit RequestScope(QObject *owner) : m_owner(owner) {}
    ~RequestScope() { clear(); }
    RequestScope(const RequestScope &) = delete;
    RequestScope &operator=(const RequestScope &) = delete;

    // Drops what the previous context still awaits and returns a fresh one.
    QObject *renew()
    {
        clear();
        m_context = new QObject(m_owner);
        return m_context;
    }
    // Drops what the context still awaits.
    void clear() { delete m_context.data(); }
    // The current context; nullptr when none was made or it was cleared.
    QObject *context() const { return m_context; }
    bool isActive() const { return !m_context.isNull(); }

private:
    QObject *m_owner;
    QPointer<QObject> m_context;
};
