using PlanningGIS.Host.Auth;
using PlanningGIS.Host.Compression;
using PlanningGIS.Host.Exchange;
using PlanningGIS.Host.Files;
using PlanningGIS.Host.GraphQL;
using PlanningGIS.Host.Health;
using PlanningGIS.Host.Observability;
using PlanningGIS.Host.Outages;
using PlanningGIS.Host.Tiles;
using PlanningGIS.Planning;
using PlanningGIS.Planning.Database;
using PlanningGIS.Planning.SampleData;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPlanning(builder.Configuration);
builder.Services.AddTokenAuthentication();
builder.Services.AddGraphQLTransport(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddStaticCompression();

var app = builder.Build();
try
{
    await app.Services.PrepareDatabaseAsync();
}
catch (SampleDataException e)
{
    app.Logger.LogCritical("Sample data not loaded: {Problem}", e.Message);
    return 1;
}
// `PlanningGIS.Host migrate` prepares the database (migrations, sample data) and exits.
if (args.Contains("migrate"))
    return 0;
// `PlanningGIS.Host import FILE ...` imports a file as a planner would, without serving (./planning-gis import).
if (args.FirstOrDefault() == "import")
    return await ImportCommand.RunAsync(app.Services, args);

app.UseDatabaseOutageResponse();
app.UseResponseCompression();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.MapHealthApi();
app.MapTileApi();
app.MapFileApi();
app.MapPhotoApi();
app.MapImportApi();
app.MapGraphQL();
app.MapMetrics();
app.Run();
return 0;

public partial class Program;
