#pragma once

#include "Policy.h"

#include <QColor>
#include <QCoreApplication>

// Policies in words and colours, for the pane, its dialogs and exports.
class PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyText)

public:
    static QString type(Policy::Type type);                           // "IP allowlist"
    static QString status(const Policy &policy);                      // "Enabled", "Draft"
    static QString applicationStatus(const PolicyResource &resource); // "Applying…", "Applied"
    static QColor applicationColor(const PolicyResource &resource);   // invalid: default colour
    // "2 applied, 1 applying…" (empty list: "No resources")
    static QString resourcesSummary(const QList<PolicyResource> &resources);
    static QString rules(const Policy &policy); // "203.0.113.0/24, 198.51.100.0/24" or realm
    static QString realm(const QString &realm); // "EU (eu)"
};
