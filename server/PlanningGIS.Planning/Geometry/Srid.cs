using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Geometry;

/// <summary>The coordinate systems the API reads and writes, checked in one place for inputs, filters and outputs.</summary>
public static class Srid
{
    public const int Wgs84 = 4326;
    public const int Vn2000LangSon = 9215;

    /// <summary>The SRID itself if supported; BAD_USER_INPUT with details.srid otherwise.</summary>
    public static int Supported(int srid) => srid is Wgs84 or Vn2000LangSon
        ? srid
        : throw new PlanningError(ErrorCodes.BadUserInput,
            $"Hệ tọa độ EPSG:{srid} không được hỗ trợ. Hãy dùng WGS84 (EPSG:4326) hoặc VN-2000 / TM-3 Lạng Sơn (EPSG:9215).",
            new Dictionary<string, object?> { ["srid"] = srid });
}
