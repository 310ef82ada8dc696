namespace InfoInterviews.Web.Domain;

/// <summary>
/// A file the user uploaded to import, kept from its preview until they confirm it (or upload the next
/// one). See docs/decisions/0011-import-files-held-in-the-database.md.
/// </summary>
public class ImportFile : OwnedEntity
{
    /// <summary>The largest file taken: LinkedIn's export of 30,000 connections is about 3 MB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int FileNameMaxLength = 255;

    public ImportFile(string fileName, string content, DateTime uploadedUtc)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        Content = content;
        UploadedUtc = uploadedUtc;
    }

    public string FileName { get; private set; }

    /// <summary>The file's text, decoded from UTF-8.</summary>
    public string Content { get; private set; }

    public DateTime UploadedUtc { get; private set; }
}
