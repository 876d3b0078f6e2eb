#include "FieldListPane.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

FieldListPane::FieldListPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_placeholder(new QLabel(this)),
      m_form(new QFormLayout)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder, 1);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void FieldListPane::removeFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_shown.clear();
}

void FieldListPane::clear(const QString &placeholder)
{
    removeFields();
    m_title->clear();
    m_title->hide();
    m_placeholder->setText(placeholder);
    m_placeholder->show();
}

void FieldListPane::showFields(const QString &title, const QList<Field> &fields)
{
    removeFields();
    m_placeholder->hide();
    m_title->setText(title);
    m_title->show();
    addFields(fields);
}

void FieldListPane::appendSection(const QString &heading, const QList<Field> &fields)
{
    auto *label = new QLabel(heading, this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 10, 0, 0);
    m_form->addRow(label);
    addFields(fields);
}

void FieldListPane::addFields(const QList<Field> &fields)
{
    for (const Field &field : fields) {
        auto *value = new QLabel(field.value, this);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (field.color.isValid()) {
            QPalette palette = value->palette();
            palette.setColor(QPalette::WindowText, field.color);
            value->setPalette(palette);
        }
        m_form->addRow(field.name, value);
        m_shown.append(field);
    }
}

QString FieldListPane::title() const
{
    return m_title->isHidden() ? QString() : m_title->text();
}

QString FieldListPane::value(const QString &name) const
{
    for (const Field &field : m_shown) {
        if (field.name == name)
            return field.value;
    }
    return QString();
}
