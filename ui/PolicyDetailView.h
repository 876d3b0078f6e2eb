#pragma once

#include "Policy.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// One policy in full: name, type, status, rules, and its resources with how far the policy has
// got on each (in words and colours). Data-security policies show their description, coverage
// and export rule instead; they are read-only here.
class PolicyDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyDetailView(QWidget *parent = nullptr);

    void showPolicy(const Policy &policy);
    void clear(const QString &message);
    const Policy &policy() const { return m_policy; }
    QTableWidget *resources() const { return m_resources; }
    QString selectedResourceId() const; // empty when none is picked
    QString text() const;               // everything shown, for tests

Q_SIGNALS:
    void resourceSelectionChanged();

private:
    Policy m_policy;
    QLabel *m_title;
    QLabel *m_facts;
    QTableWidget *m_resources;
};
