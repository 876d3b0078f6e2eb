#include "PaletteWatcher.h"

#include <QCoreApplication>
#include <QEvent>

void PaletteWatcher::follow(QObject *owner, std::function<void()> restyle)
{
    restyle();
    new PaletteWatcher(owner, std::move(restyle));
}

PaletteWatcher::PaletteWatcher(QObject *owner, std::function<void()> restyle)
    : QObject(owner), m_restyle(std::move(restyle))
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaletteWatcher::~PaletteWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool PaletteWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Qt sends this to the application object itself once per change.
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        m_restyle();
    return false;
}
