#include "CertificateProblem.h"

namespace {

CertificateProblem problemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return CertificateProblem::Expired;
    case QSslError::HostNameMismatch:
        return CertificateProblem::WrongHost;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return CertificateProblem::UnknownIssuer;
    case QSslError::CertificateRevoked:
        return CertificateProblem::Revoked;
    default:
        return CertificateProblem::Other;
    }
}

} // namespace

CertificateProblem certificateProblemOf(const QList<QSslError> &errors)
{
    // An untrusted issuer explains the rest (a company proxy's certificate is usually also
    // "for another name" as far as Qt can tell), so it is named first.
    for (const CertificateProblem wanted :
         {CertificateProblem::UnknownIssuer, CertificateProblem::Expired,
          CertificateProblem::Revoked, CertificateProblem::WrongHost}) {
        for (const QSslError &error : errors) {
            if (problemOf(error.error()) == wanted)
                return wanted;
        }
    }
    return CertificateProblem::Other;
}
