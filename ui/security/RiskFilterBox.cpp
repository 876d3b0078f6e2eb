#include "RiskFilterBox.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

RiskFilterBox::RiskFilterBox(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_days(new QSpinBox(this)),
      m_daysLabel(new QLabel(tr("days"), this))
{
    m_combo->setObjectName(QStringLiteral("riskPreset"));
    // As wide as a short preset; the list shows the long ones in full.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_days->setObjectName(QStringLiteral("riskDays"));
    m_days->setRange(1, 3650);
    m_days->setAccelerated(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *show = new QLabel(tr("Show:"), this);
    show->setBuddy(m_combo);
    layout->addWidget(show);
    layout->addWidget(m_combo);
    layout->addWidget(m_days);
    layout->addWidget(m_daysLabel);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &RiskFilterBox::onPresetPicked);
    connect(m_days, &QSpinBox::valueChanged, this, &RiskFilterBox::changed);
}

void RiskFilterBox::setPresets(const QList<Preset> &presets)
{
    m_presets = presets;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Preset &preset : presets)
        m_combo->addItem(preset.text, preset.key);
    m_combo->setCurrentIndex(0);
    showDaysOfPreset();
}

QString RiskFilterBox::preset() const
{
    return m_combo->currentData().toString();
}

int RiskFilterBox::days() const
{
    return m_days->isHidden() ? 0 : m_days->value();
}

bool RiskFilterBox::isDefault() const
{
    return m_combo->currentIndex() <= 0;
}

void RiskFilterBox::setPreset(const QString &key, int days)
{
    const int index = m_combo->findData(key);
    if (index < 0)
        return;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    showDaysOfPreset();
    if (days > 0 && !m_days->isHidden()) {
        const QSignalBlocker blocker(m_days);
        m_days->setValue(days);
    }
    Q_EMIT changed();
}

void RiskFilterBox::onPresetPicked()
{
    showDaysOfPreset();
    Q_EMIT changed();
}

void RiskFilterBox::showDaysOfPreset()
{
    const int index = m_combo->currentIndex();
    const int defaultDays =
        index >= 0 && index < m_presets.size() ? m_presets.at(index).defaultDays : 0;
    m_days->setHidden(defaultDays == 0);
    m_daysLabel->setHidden(defaultDays == 0);
    if (defaultDays > 0) {
        const QSignalBlocker blocker(m_days);
        m_days->setValue(defaultDays);
    }
}
