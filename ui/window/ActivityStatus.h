#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class ApiClient;
class ApiError;
class QLabel;
class QStatusBar;

// What the network is doing, in the status bar: calls in flight, a rate-limit pause counting
// down ("Rate limited: waiting 3 s"), and the last error in words.
class ActivityStatus : public QObject
{
    Q_OBJECT

public:
    explicit ActivityStatus(QStatusBar *bar);

    // Follows this client (nullptr: none); the last error is forgotten.
    void setClient(ApiClient *client);

    QString activityText() const;
    QString rateLimitText() const;
    QString errorText() const;

private:
    void onActivity(int inFlight, int queued);
    void onRateLimit(qint64 milliseconds);
    void onFailed(const ApiError &error);
    void updatePause();

    QLabel *m_error;
    QLabel *m_rateLimit;
    QLabel *m_activity;
    QTimer m_countdown;
    QElapsedTimer m_pauseClock;
    qint64 m_pauseMs = 0;
    ApiClient *m_client = nullptr;
};
