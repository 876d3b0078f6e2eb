#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

// "Show: [Unused for N+ days] [90] days": one preset filter of a security area, some with a
// number of days. The area says what each preset means; this only picks one.
class RiskFilterBox : public QWidget
{
    Q_OBJECT

public:
    struct Preset
    {
        QString key;     // what the area switches on: "all", "unused", "expiring"...
        QString text;    // "Unused for at least"
        int defaultDays; // 0: the preset takes no days
    };

    explicit RiskFilterBox(QWidget *parent = nullptr);

    void setPresets(const QList<Preset> &presets);
    QString preset() const;
    int days() const;       // 0 when the preset takes none
    bool isDefault() const; // the first preset ("everything") is picked
    // Picks a preset (and its days, when it takes some; 0 keeps the default).
    void setPreset(const QString &key, int days = 0);

Q_SIGNALS:
    void changed();

private:
    void onPresetPicked();
    void showDaysOfPreset();

    QList<Preset> m_presets;
    QComboBox *m_combo;
    QSpinBox *m_days;
    QLabel *m_daysLabel;
};
