#include "TokenDateFilter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimeZone>

namespace {

QDateTime utcAt(const QDate &date, const QTime &time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::utc());
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace

TokenDateFilter::TokenDateFilter(QWidget *parent) : QWidget(parent)
{
    m_createdAfter = makeEnd(QStringLiteral("createdAfter"));
    m_createdBefore = makeEnd(QStringLiteral("createdBefore"));
    m_activeAfter = makeEnd(QStringLiteral("lastActiveAfter"));
    m_activeBefore = makeEnd(QStringLiteral("lastActiveBefore"));
    auto *form = new QFormLayout(this);
    auto row = [this](const End &end) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(end.on);
        layout->addWidget(end.date, 1);
        return box;
    };
    form->addRow(tr("Created on or after"), row(m_createdAfter));
    form->addRow(tr("Created on or before"), row(m_createdBefore));
    form->addRow(tr("Last active on or after"), row(m_activeAfter));
    form->addRow(tr("Last active on or before"), row(m_activeBefore));
    auto *clearAll = new QPushButton(tr("Clear dates"), this);
    connect(clearAll, &QPushButton::clicked, this, &TokenDateFilter::clear);
    form->addRow(clearAll);
}

TokenDateFilter::End TokenDateFilter::makeEnd(const QString &objectName)
{
    End end{new QCheckBox(this), new QDateEdit(QDate::currentDate(), this)};
    end.on->setObjectName(objectName + QStringLiteral("On"));
    end.date->setObjectName(objectName);
    end.date->setCalendarPopup(true);
    end.date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    end.date->setEnabled(false);
    connect(end.on, &QCheckBox::toggled, end.date, &QWidget::setEnabled);
    connect(end.on, &QCheckBox::toggled, this, &TokenDateFilter::changed);
    connect(end.date, &QDateEdit::dateChanged, this, [this, end] {
        if (end.on->isChecked())
            Q_EMIT changed();
    });
    return end;
}

TimeRange TokenDateFilter::range(const End &from, const End &to)
{
    TimeRange result;
    if (from.on->isChecked())
        result.from = utcAt(from.date->date(), QTime(0, 0));
    if (to.on->isChecked())
        result.to = utcAt(to.date->date(), QTime(23, 59, 59, 999));
    return result;
}

TimeRange TokenDateFilter::createdAt() const
{
    return range(m_createdAfter, m_createdBefore);
}

TimeRange TokenDateFilter::lastActiveAt() const
{
    return range(m_activeAfter, m_activeBefore);
}

int TokenDateFilter::activeCount() const
{
    return int(m_createdAfter.on->isChecked()) + int(m_createdBefore.on->isChecked()) +
           int(m_activeAfter.on->isChecked()) + int(m_activeBefore.on->isChecked());
}

void TokenDateFilter::set(const End &end, const QDate &date)
{
    if (date.isValid())
        end.date->setDate(date);
    end.on->setChecked(date.isValid());
}

void TokenDateFilter::clear()
{
    if (activeCount() == 0)
        return;
    for (const End &end : {m_createdAfter, m_createdBefore, m_activeAfter, m_activeBefore}) {
        end.on->blockSignals(true);
        end.on->setChecked(false);
        end.date->setEnabled(false);
        end.on->blockSignals(false);
    }
    Q_EMIT changed();
}

void TokenDateFilter::setCreatedAfter(const QDate &date)
{
    set(m_createdAfter, date);
}

void TokenDateFilter::setCreatedBefore(const QDate &date)
{
    set(m_createdBefore, date);
}

void TokenDateFilter::setLastActiveAfter(const QDate &date)
{
    set(m_activeAfter, date);
}

void TokenDateFilter::setLastActiveBefore(const QDate &date)
{
    set(m_activeBefore, date);
}
