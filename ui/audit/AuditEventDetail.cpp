#include "AuditEventDetail.h"

#include "AreaLink.h"
#include "DetailPages.h"
#include "PaletteWatcher.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A link in the palette's link colour, set in the markup: a label keeps the colour its text was
// set with, and the theme may change after.
QString anchor(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\" style=\"color: %2\">%3</a>")
        .arg(escaped(href), QGuiApplication::palette().color(QPalette::Link).name(), escaped(text));
}

bool isPerson(const AuditEvent::Item &item)
{
    return item.type == QLatin1String("user") || item.type == QLatin1String("users") ||
           !item.email.isEmpty();
}

bool isGroup(const AuditEvent::Item &item)
{
    return item.type == QLatin1String("group") || item.type == QLatin1String("groups");
}

} // namespace

AuditEventDetail::AuditEventDetail(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_json(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    QVBoxLayout *layout = addDetailPages(m_pages, tr("Select an event to see all of it."));
    QWidget *content = layout->parentWidget();
    m_title->setParent(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    addField(form, QStringLiteral("when"), tr("When"));
    addField(form, QStringLiteral("actor"), tr("By"));
    addField(form, QStringLiteral("auth"), tr("With"));
    addField(form, QStringLiteral("targets"), tr("On"));
    addField(form, QStringLiteral("where"), tr("Where"));
    addField(form, QStringLiteral("from"), tr("From"));
    addField(form, QStringLiteral("product"), tr("Product"));
    addField(form, QStringLiteral("message"), tr("Message"));
    addField(form, QStringLiteral("id"), tr("Event ID"));
    layout->addLayout(form);

    auto *jsonTitle = new QLabel(tr("Raw JSON"), content);
    QFont bold = jsonTitle->font();
    bold.setBold(true);
    jsonTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(jsonTitle);
    m_json->setParent(content);
    m_json->setObjectName(QStringLiteral("rawJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setMinimumHeight(220);
    m_json->setAccessibleName(tr("The event's raw JSON"));
    jsonTitle->setBuddy(m_json);
    layout->addWidget(m_json, 1);
    // Links take the palette's colour when their text is set: set again with a new theme.
    PaletteWatcher::follow(this, [this] {
        if (!m_event.id.isEmpty())
            showEvent(m_event);
    });
}

QLabel *AuditEventDetail::addField(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("detail_") + key);
    value->setWordWrap(true);
    value->setTextFormat(Qt::RichText);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(value, &QLabel::linkActivated, this, &AuditEventDetail::activateLink);
    addCaptionedRow(form, label, value);
    m_fields.insert(key, value);
    return value;
}

void AuditEventDetail::setField(const QString &key, const QString &html)
{
    QLabel *label = m_fields.value(key);
    if (!label)
        return;
    label->setText(html.isEmpty() ? QStringLiteral("\u2014") : html);
    // A row with nothing to say stays out of the way (the ID always shows).
    const bool shown = !html.isEmpty() || key == QLatin1String("id");
    m_form->setRowVisible(label, shown);
}

QString AuditEventDetail::personLink(const QString &id, const QString &name,
                                     const QString &email) const
{
    const QString shown = !name.isEmpty() ? name : (!email.isEmpty() ? email : id);
    QString html = anchor(QStringLiteral("user:") + id, shown);
    if (!email.isEmpty() && email != shown)
        html += QStringLiteral(" (%1)").arg(escaped(email));
    return html;
}

QString AuditEventDetail::itemLinks(const QList<AuditEvent::Item> &items) const
{
    QStringList parts;
    for (const AuditEvent::Item &item : items) {
        if (isPerson(item) && !item.id.isEmpty())
            parts.append(personLink(item.id, item.name, item.email));
        else if (isGroup(item) && !item.id.isEmpty())
            parts.append(anchor(QStringLiteral("group:") + item.id, AuditText::itemName(item)));
        else
            parts.append(escaped(AuditText::itemName(item)));
    }
    return parts.join(QStringLiteral("<br>"));
}

void AuditEventDetail::clear()
{
    m_event = AuditEvent();
    m_json->clear();
    m_pages->setCurrentIndex(0);
}

void AuditEventDetail::showEvent(const AuditEvent &event)
{
    if (event.id.isEmpty()) {
        clear();
        return;
    }
    m_event = event;
    m_title->setText(m_names.name(event.action));
    m_title->setToolTip(event.action);
    setField(QStringLiteral("when"), escaped(AuditText::longTime(event.timeMs)));
    setField(QStringLiteral("actor"),
             event.actorId.isEmpty()
                 ? escaped(AuditText::actor(event))
                 : personLink(event.actorId, event.actorName, event.actorEmail));
    QString auth = escaped(AuditText::authType(event.authType));
    if (!event.tokenLabel.isEmpty())
        auth += QStringLiteral(" \u201c%1\u201d").arg(escaped(event.tokenLabel));
    setField(QStringLiteral("auth"), auth.trimmed());
    setField(QStringLiteral("targets"), itemLinks(event.context));
    setField(QStringLiteral("where"), itemLinks(event.container));
    QStringList from;
    if (!event.ip.isEmpty())
        from.append(escaped(event.ip));
    if (!event.place().isEmpty())
        from.append(escaped(event.place()));
    setField(QStringLiteral("from"), from.join(QStringLiteral(", ")));
    setField(QStringLiteral("product"),
             event.product.isEmpty() ? QString() : escaped(AuditText::productName(event.product)));
    setField(QStringLiteral("message"), escaped(event.message));
    setField(QStringLiteral("id"), escaped(event.id));

    const QJsonDocument document = QJsonDocument::fromJson(event.json);
    m_json->setPlainText(document.isNull()
                             ? QString::fromUtf8(event.json)
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    m_pages->setCurrentIndex(1);
}

QString AuditEventDetail::fieldText(const QString &key) const
{
    if (key == QLatin1String("title"))
        return m_title->text();
    const QLabel *label = m_fields.value(key);
    return label ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : QString();
}

QString AuditEventDetail::rawJson() const
{
    return m_json->toPlainText();
}

AreaLink AuditEventDetail::linkFor(const QString &href) const
{
    const qsizetype colon = href.indexOf(u':');
    const QString kind = href.left(colon);
    const QString id = href.mid(colon + 1);
    if (kind == QLatin1String("group"))
        return AreaLink::group(id);
    if (kind != QLatin1String("user"))
        return AreaLink();
    if (id == m_event.actorId)
        return AreaLink::person(id, m_event.actorEmail, m_event.actorName);
    for (const AuditEvent::Item &item : m_event.context + m_event.container) {
        if (item.id == id)
            return AreaLink::person(id, item.email, item.name);
    }
    return AreaLink::person(id, QString(), QString());
}

void AuditEventDetail::activateLink(const QString &href)
{
    const AreaLink link = linkFor(href);
    if (!link.area.isEmpty())
        Q_EMIT openRequested(link);
}
