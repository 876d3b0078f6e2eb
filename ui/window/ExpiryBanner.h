#pragma once

#include "KeyExpiry.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

// A strip above the window's content about the current profile's key: from 30 days before its
// expiry date (more urgent at 7 days and at 1), and a clear state once it has expired, with the
// way to rotate it. Hidden while there is nothing to say. "Today" comes from an injectable clock.
class ExpiryBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ExpiryBanner(QWidget *parent = nullptr);

    void setClock(KeyExpiry::Clock clock);
    // The key's owner and date; a null date (the sandbox) hides the banner.
    void setKey(const QString &profileName, const QDate &expiry);
    // After the server refused the key (401): says why when the key is past its date.
    void showUnauthorized();

    KeyExpiry::Level level() const { return m_level; }
    QString text() const;
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // Re-reads the clock (also done every hour, so the banner changes at midnight).
    void refresh();

Q_SIGNALS:
    void rotateRequested();

private:
    void applyLevelStyle();

    KeyExpiry::Clock m_clock = KeyExpiry::systemClock();
    QString m_profileName;
    QDate m_expiry;
    KeyExpiry::Level m_level = KeyExpiry::Level::Unknown;
    bool m_dismissed = false;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_rotate;
    QPushButton *m_dismiss;
    QTimer *m_timer;
};
