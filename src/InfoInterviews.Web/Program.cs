using InfoInterviews.Web.Accounts;
using InfoInterviews.Web.Calendar;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Dashboard;
using InfoInterviews.Web.Digests;
using InfoInterviews.Web.Export;
using InfoInterviews.Web.Hosting;
using InfoInterviews.Web.Import;
using InfoInterviews.Web.Opportunities;
using InfoInterviews.Web.Search;
using InfoInterviews.Web.Storage;
using InfoInterviews.Web.Workspace;
using Serilog;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.OfPublishedApp(args) });

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTransport(builder.Configuration, builder.Environment);
builder.Services.AddStorage(StorageOptions.From(builder.Configuration, builder.Environment));
builder.Services.AddKeyEncryption(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddPages();
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddContacts();
builder.Services.AddSearch();
builder.Services.AddDashboard();
builder.Services.AddImport();
builder.Services.AddOpportunities();
builder.Services.AddWorkspace();
builder.Services.AddExport();
builder.Services.AddCalendar();
builder.Services.AddDigests(builder.Configuration);

var app = builder.Build();

app.UseTransport();
app.UsePages();
app.MapCalendarFeed();
await app.MigrateDatabaseAsync();
await app.RunAsync();
