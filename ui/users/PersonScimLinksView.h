#pragma once

#include "RequestScope.h"

#include <QTimer>
#include <QWidget>

struct AreaLink;
struct ScimLink;
class ApiError;
class Connection;
class QGridLayout;
class QLabel;
class QPushButton;

// A person's SCIM links (get-scim-links, the organization's key): each directory that holds a
// record for them, the record's SCIM id and, when the profile has that directory's key, its
// external id; each with a way to open the record in Provisioning. Loaded when a person is
// shown, after a short pause.
class PersonScimLinksView : public QWidget
{
    Q_OBJECT

public:
    explicit PersonScimLinksView(QWidget *parent = nullptr);

    void setConnection(Connection *connection) { m_connection = connection; }
    void load(const QString &accountId);
    void clear();
    QString stateText() const;
    // Each link as shown: "directory · SCIM id · external id".
    QStringList linkTexts() const;

Q_SIGNALS:
    void openRequested(const AreaLink &link);
    void loaded();

private:
    void request();
    void showLinks(const QList<ScimLink> &links);
    void addExternalId(const ScimLink &link, QLabel *label);
    void showState(const QString &text, bool retry);
    void clearRows();

    Connection *m_connection = nullptr;
    QString m_accountId;
    QTimer m_delay;
    RequestScope m_request{this};
    QGridLayout *m_grid;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_retry;
    QList<QWidget *> m_rows;
};
