#pragma once

#include "Domain.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// The words and marks people read for a domain's claim: the status in words, what it means and
// what to do about it, and the colour that marks a problem.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString status(const Domain &domain);    // "Verified", "Missing token"...
    static QString claimType(const Domain &domain); // "DNS (TXT record)", "HTTP (file)"
    // What the status means, in a sentence or two.
    static QString meaning(const Domain &domain);
    // What the admin can do about it; empty when nothing is needed.
    static QString advice(const Domain &domain);
    // Red for a claim that was lost (missing token), amber for one waiting (unverified), grey
    // for one that no longer counts (superseded, deleted); invalid for verified.
    static QColor color(const Domain &domain);
};
