using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace InfoInterviews.Web.Storage;

public static class KeyEncryptionServiceCollectionExtensions
{
    /// <summary>
    /// Encrypts the Data Protection keys kept in the database with the certificate at
    /// <c>DataProtection:CertificatePath</c> (a PKCS#12 file, password in <c>DataProtection:CertificatePassword</c>).
    /// Without it the keys are stored in plain form, and whoever can read the database can forge sign-in cookies.
    /// Every app instance needs the same certificate, and keeps it for as long as keys it encrypted are in use.
    /// </summary>
    public static IServiceCollection AddKeyEncryption(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return services;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: cannot load the certificate '{path}' with the password in DataProtection:CertificatePassword: {e.Message}", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"DataProtection:CertificatePath: '{path}' has no private key, so keys encrypted with it could not be read back.");
        }

        services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        return services;
    }
}
