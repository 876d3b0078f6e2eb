#pragma once

#include <QList>
#include <QSslError>
#include <QString>

// Why a server's certificate was not trusted, in the few cases a person can act on differently.
enum class CertificateProblem {
    Expired,       // or not valid yet: the server's certificate, or the computer's clock
    WrongHost,     // issued for another name
    UnknownIssuer, // self-signed or signed by an authority this computer does not trust
    Revoked,
    Other,
};

// The problem the first of `errors` that matters names (Qt lists every error it found).
CertificateProblem certificateProblemOf(const QList<QSslError> &errors);
