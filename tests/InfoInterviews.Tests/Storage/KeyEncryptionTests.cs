using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Storage;

/// <summary>With a certificate configured, the Data Protection keys kept in the database are encrypted with it.</summary>
public abstract class KeyEncryptionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IDisposable
    where TFactory : AppFactory
{
    private const string CertificatePassword = "test certificate password";

    private readonly string certificatePath = Path.Combine(Path.GetTempPath(), $"infointerviews-keys-{Guid.NewGuid():N}.pfx");

    private WebApplicationFactory<Program> StartWithCertificate() =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("DataProtection:CertificatePath", certificatePath)
            .UseSetting("DataProtection:CertificatePassword", CertificatePassword));

    private void WriteSelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=InfoInterviews key encryption test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    [SkippableFact]
    public async Task Keys_are_stored_encrypted_and_another_instance_with_the_certificate_reads_them()
    {
        factory.SkipUnlessAvailable();
        WriteSelfSignedCertificate();
        using var first = StartWithCertificate();
        using var second = StartWithCertificate();

        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("kept safe");

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }

        Assert.Equal("kept safe", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    public void Dispose()
    {
        File.Delete(certificatePath);
        GC.SuppressFinalize(this);
    }
}

public sealed class KeyEncryptionTestsOnSqlite(SqliteAppFactory factory) : KeyEncryptionTests<SqliteAppFactory>(factory);

public sealed class KeyEncryptionTestsOnPostgres(PostgresAppFactory factory) : KeyEncryptionTests<PostgresAppFactory>(factory);
