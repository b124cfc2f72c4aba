using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace PlanningGIS.Planning.Geometry;

/// <summary>
/// WGS84 ↔ VN-2000 / TM-3 Lạng Sơn (EPSG:9215) for single points, in process with ProjNet.
/// Geometries are transformed by PostGIS with the same parameters (migration 0001).
/// </summary>
public static class Vn2000
{
    // TOWGS84 in the position-vector convention, as PROJ prints it for EPSG:9215: the rotation
    // signs are the opposite of the officially published coordinate-frame values (domain.md).
    private const string Wkt = """
        PROJCS["VN-2000 / TM-3 107-15",
          GEOGCS["VN-2000",
            DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563],
              TOWGS84[-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278]],
            PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],
          PROJECTION["Transverse_Mercator"],
          PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107.25],PARAMETER["scale_factor",0.9999],
          PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","9215"]]
        """;

    private static readonly ICoordinateTransformation ToVn2000 = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
        GeographicCoordinateSystem.WGS84, (CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt));

    private static readonly ICoordinateTransformation ToWgs84 = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
        (CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt), GeographicCoordinateSystem.WGS84);

    public static (double Easting, double Northing) FromWgs84(double lon, double lat)
    {
        var (x, y) = ToVn2000.MathTransform.Transform(lon, lat);
        return (x, y);
    }

    public static (double Lon, double Lat) ToWgs84Point(double easting, double northing)
    {
        var (x, y) = ToWgs84.MathTransform.Transform(easting, northing);
        return (x, y);
    }
}
