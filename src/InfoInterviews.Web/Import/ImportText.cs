using System.Text;

namespace InfoInterviews.Web.Import;

/// <summary>The text of an uploaded file: UTF-8 (LinkedIn's exports and vCard 4.0 are), a byte-order mark dropped.</summary>
public static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text; refuses a file that is not UTF-8 text, such as a spreadsheet or an image.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportFileException(NotTextMessage, e);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportFileException(NotTextMessage);
        }

        return text.TrimStart('\uFEFF');
    }

    public const string NotTextMessage =
        "This file is not a text file in UTF-8. Upload the Connections.csv file from LinkedIn's data export as it comes, not opened and saved in a spreadsheet.";
}
