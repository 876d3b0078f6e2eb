#pragma once

#include "AuditEvent.h"
#include "AuditText.h"

#include <QWidget>

struct AreaLink;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

// The event picked in the Audit log: the whole event in words (what was done, by whom and with
// which key or token, to whom or what, where, when, from which address and place, the message),
// with links that open the people in Users and the groups in Groups, and the event's raw JSON as
// the API sent it.
class AuditEventDetail : public QWidget
{
    Q_OBJECT

public:
    explicit AuditEventDetail(QWidget *parent = nullptr);

    void setActionNames(const AuditActionNames &names) { m_names = names; }
    void showEvent(const AuditEvent &event);
    void clear(); // nothing picked: a hint
    QString eventId() const { return m_event.id; }

    // The text a field shows, without markup (tests, accessibility): "title", "when", "actor",
    // "auth", "targets", "where", "from", "product", "message", "id".
    QString fieldText(const QString &key) const;
    QString rawJson() const;
    // What a link in the pane opens ("user:<id>", "group:<id>"), as the pane asks for it.
    AreaLink linkFor(const QString &href) const;
    // Follows a link as a click would.
    void activateLink(const QString &href);

Q_SIGNALS:
    void openRequested(const AreaLink &link);

private:
    using QWidget::showEvent;
    QLabel *addField(QFormLayout *form, const QString &key, const QString &label);
    void setField(const QString &key, const QString &html);
    QString itemLinks(const QList<AuditEvent::Item> &items) const;
    QString personLink(const QString &id, const QString &name, const QString &email) const;

    AuditActionNames m_names;
    AuditEvent m_event;
    QStackedWidget *m_pages;
    QFormLayout *m_form = nullptr;
    QLabel *m_title;
    QHash<QString, QLabel *> m_fields;
    QPlainTextEdit *m_json;
};
