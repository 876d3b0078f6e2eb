#include "FieldListPane.h"

#include "PaletteWatcher.h"
#include "StatusColors.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString paragraph(const FieldListPane::Field &field)
{
    QString value = field.value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (field.color.isValid())
        value = QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(StatusColors::refreshed(field.color).name(), value);
    if (field.name.isEmpty())
        return QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px\">%1</p>").arg(value);
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px\"><span "
                          "style=\"color:%1\">%2</span><br>%3</p>")
        .arg(StatusColors::muted().name(), field.name.toHtmlEscaped(), value);
}

} // namespace

FieldListPane::FieldListPane(QWidget *parent) : QWidget(parent), m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("detailText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    // Ids and e-mail addresses have no spaces: break them anywhere rather than clip them.
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text);
    PaletteWatcher::follow(this, [this] { render(); });
}

void FieldListPane::clear(const QString &placeholder)
{
    m_title.clear();
    m_placeholder = placeholder;
    m_sections.clear();
    m_shown.clear();
    render();
}

void FieldListPane::showFields(const QString &title, const QList<Field> &fields)
{
    m_title = title;
    m_sections = {{QString(), fields}};
    m_shown = fields;
    render();
}

void FieldListPane::appendSection(const QString &heading, const QList<Field> &fields)
{
    m_sections.append({heading, fields});
    m_shown.append(fields);
    render();
}

void FieldListPane::render()
{
    QString html;
    if (m_sections.isEmpty()) {
        html = QStringLiteral("<p align=\"center\" style=\"color:%1\"><br><br>%2</p>")
                   .arg(StatusColors::muted().name(), m_placeholder.toHtmlEscaped());
    } else {
        html = QStringLiteral("<h3>%1</h3>").arg(m_title.toHtmlEscaped());
        for (const Section &section : std::as_const(m_sections)) {
            if (!section.heading.isEmpty())
                html += QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b></p>")
                            .arg(section.heading.toHtmlEscaped());
            for (const Field &field : section.fields)
                html += paragraph(field);
        }
    }
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(scroll);
}

QString FieldListPane::title() const
{
    return m_title;
}

QString FieldListPane::value(const QString &name) const
{
    for (const Field &field : m_shown) {
        if (field.name == name)
            return field.value;
    }
    return QString();
}

QString FieldListPane::text() const
{
    return m_text->toPlainText();
}
