#include "FieldListPane.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString paragraph(const FieldListPane::Field &field)
{
    QString value = field.value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (field.color.isValid())
        value = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(field.color.name(), value);
    if (field.name.isEmpty())
        return QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px\">%1</p>").arg(value);
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px\"><span "
                          "style=\"color:palette(dark)\">%1</span><br>%2</p>")
        .arg(field.name.toHtmlEscaped(), value);
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
}

void FieldListPane::clear(const QString &placeholder)
{
    m_title.clear();
    m_shown.clear();
    m_html = QStringLiteral("<p align=\"center\" style=\"color:palette(mid)\"><br><br>%1</p>")
                 .arg(placeholder.toHtmlEscaped());
    m_text->setHtml(m_html);
}

void FieldListPane::showFields(const QString &title, const QList<Field> &fields)
{
    m_title = title;
    m_shown.clear();
    m_html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    addFields(fields);
}

void FieldListPane::appendSection(const QString &heading, const QList<Field> &fields)
{
    m_html +=
        QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b></p>").arg(heading.toHtmlEscaped());
    addFields(fields);
}

void FieldListPane::addFields(const QList<Field> &fields)
{
    for (const Field &field : fields) {
        m_html += paragraph(field);
        m_shown.append(field);
    }
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setHtml(m_html);
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
