#pragma once

#include "KeyProbe.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the content when the current key cannot reach some areas (a key with scopes):
// how many, and a button to see which, why, and what key to create instead.
class KeyCapabilitiesBanner : public QFrame
{
    Q_OBJECT

public:
    explicit KeyCapabilitiesBanner(QWidget *parent = nullptr);

    // Shows the banner when some area is refused; hides it otherwise.
    void setCapabilities(const QString &profileName, const KeyCapabilities &capabilities);
    KeyCapabilities capabilities() const { return m_capabilities; }
    QString text() const;
    // The details, in a dialog of their own.
    void showDetails();

Q_SIGNALS:
    void rotateRequested();

private:
    KeyCapabilities m_capabilities;
    QString m_profileName;
    QLabel *m_text;
    QPushButton *m_details;
};
