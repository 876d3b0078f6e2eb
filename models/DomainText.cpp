#include "DomainText.h"

#include "AccessText.h"
#include "StatusColors.h"

QString DomainText::status(const Domain &domain)
{
    switch (domain.status) {
    case Domain::Status::Verified:
        return tr("Verified");
    case Domain::Status::Unverified:
        return tr("Unverified");
    case Domain::Status::MissingToken:
        return tr("Missing token");
    case Domain::Status::Superseded:
        return tr("Superseded");
    case Domain::Status::Deleted:
        return tr("Deleted");
    case Domain::Status::Unknown:
        break;
    }
    return domain.statusText.isEmpty() ? tr("Unknown") : domain.statusText;
}

QString DomainText::claimType(const Domain &domain)
{
    switch (domain.claimType) {
    case Domain::ClaimType::Dns:
        return tr("DNS (TXT record)");
    case Domain::ClaimType::Http:
        return tr("HTTP (file on the web server)");
    case Domain::ClaimType::Unknown:
        break;
    }
    return domain.claimTypeText.isEmpty() ? tr("Unknown") : domain.claimTypeText;
}

QString DomainText::meaning(const Domain &domain)
{
    switch (domain.status) {
    case Domain::Status::Verified:
        return tr("The organization owns this domain: accounts with an e-mail address on it "
                  "are managed accounts, and e-mail addresses may be changed to it.");
    case Domain::Status::Unverified:
        return tr("The domain was added but its ownership is not proven yet. Accounts on it are "
                  "not managed by the organization until it is verified.");
    case Domain::Status::MissingToken:
        return tr("The domain was verified, but the verification token is no longer found. "
                  "Atlassian keeps checking; if the token stays missing, the domain loses its "
                  "verified status and its accounts stop being managed.");
    case Domain::Status::Superseded:
        return tr("Another organization has since verified this domain: its claim replaces "
                  "this one.");
    case Domain::Status::Deleted:
        return tr("The domain was removed from the organization. It no longer counts for "
                  "managed accounts.");
    case Domain::Status::Unknown:
        break;
    }
    return tr("The server reports the status \u201c%1\u201d, which Orgdesk does not know.")
        .arg(domain.statusText);
}

QString DomainText::advice(const Domain &domain)
{
    const bool dns = domain.claimType != Domain::ClaimType::Http;
    switch (domain.status) {
    case Domain::Status::Verified:
        return QString();
    case Domain::Status::Unverified:
    case Domain::Status::MissingToken:
        return dns ? tr("Add the DNS TXT record that Atlassian Administration shows for %1 "
                        "(Settings \u203a Domains) at your DNS provider, wait for it to "
                        "propagate, then choose Verify there.")
                         .arg(domain.name)
                   : tr("Put the HTML verification file that Atlassian Administration shows for "
                        "%1 (Settings \u203a Domains) at the root of the domain's web server, "
                        "then choose Verify there.")
                         .arg(domain.name);
    case Domain::Status::Superseded:
        return tr("If the domain is yours, find out which organization verified it (ask "
                  "Atlassian support) or verify it again to take it back.");
    case Domain::Status::Deleted:
        return tr("Nothing to do unless it was removed by mistake: then add it again and "
                  "verify it.");
    case Domain::Status::Unknown:
        break;
    }
    return tr("Check the domain in Atlassian Administration (Settings \u203a Domains).");
}

QColor DomainText::color(const Domain &domain)
{
    switch (domain.status) {
    case Domain::Status::Verified:
        return QColor();
    case Domain::Status::MissingToken:
        return StatusColors::danger();
    case Domain::Status::Unverified:
    case Domain::Status::Unknown:
        return StatusColors::warning();
    case Domain::Status::Superseded:
    case Domain::Status::Deleted:
        return StatusColors::muted();
    }
    return QColor();
}
