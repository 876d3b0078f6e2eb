#include "ActivityStatus.h"

#include "ApiClient.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTime>

ActivityStatus::ActivityStatus(QStatusBar *bar)
    : QObject(bar), m_error(new QLabel(bar)), m_rateLimit(new QLabel(bar)),
      m_activity(new QLabel(bar))
{
    m_error->setObjectName(QStringLiteral("lastError"));
    m_rateLimit->setObjectName(QStringLiteral("rateLimit"));
    m_activity->setObjectName(QStringLiteral("activity"));
    m_error->setTextFormat(Qt::PlainText);
    m_rateLimit->hide();
    bar->addWidget(m_error, 1);
    bar->addPermanentWidget(m_rateLimit);
    bar->addPermanentWidget(m_activity);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ActivityStatus::updatePause);
    onActivity(0, 0);
}

void ActivityStatus::setClient(ApiClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_error->clear();
    m_error->setToolTip(QString());
    m_pauseMs = 0;
    updatePause();
    onActivity(0, 0);
    if (!client)
        return;
    connect(client, &ApiClient::activityChanged, this, &ActivityStatus::onActivity);
    connect(client, &ApiClient::rateLimitPause, this, &ActivityStatus::onRateLimit);
    connect(client, &ApiClient::callFailed, this, &ActivityStatus::onFailed);
    // A client going away takes its signals with it; forget it so as not to disconnect a ghost.
    connect(client, &QObject::destroyed, this, [this] { m_client = nullptr; });
}

void ActivityStatus::onActivity(int inFlight, int queued)
{
    if (inFlight == 0 && queued == 0)
        m_activity->setText(tr("Idle"));
    else if (queued == 0)
        m_activity->setText(inFlight == 1 ? tr("1 request in flight")
                                          : tr("%1 requests in flight").arg(inFlight));
    else
        m_activity->setText(tr("%1 in flight, %2 waiting").arg(inFlight).arg(queued));
}

void ActivityStatus::onRateLimit(qint64 milliseconds)
{
    m_pauseMs = milliseconds;
    m_pauseClock.start();
    m_countdown.start();
    updatePause();
}

void ActivityStatus::updatePause()
{
    const qint64 left = m_pauseMs > 0 ? m_pauseMs - m_pauseClock.elapsed() : 0;
    if (left <= 0) {
        m_countdown.stop();
        m_rateLimit->hide();
        return;
    }
    const qint64 seconds = (left + 999) / 1000;
    m_rateLimit->setText(tr("Rate limited: waiting %1 s").arg(seconds));
    m_rateLimit->show();
}

void ActivityStatus::onFailed(const ApiError &error)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_error->setText(tr("%1 \u2013 %2").arg(time, error.userMessage()));
    m_error->setToolTip(error.detailedMessage());
}

QString ActivityStatus::activityText() const
{
    return m_activity->text();
}

QString ActivityStatus::rateLimitText() const
{
    return !m_rateLimit->isHidden() ? m_rateLimit->text() : QString();
}

QString ActivityStatus::errorText() const
{
    return m_error->text();
}
