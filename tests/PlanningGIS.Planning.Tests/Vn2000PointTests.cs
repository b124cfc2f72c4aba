using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Tests;

public sealed class Vn2000PointTests
{
    [Fact]
    public void ProjNet_reproduces_the_published_check_value_to_a_centimetre()
    {
        var (e, n) = Vn2000.FromWgs84(106.75778, 21.84778);

        Assert.True(Math.Abs(e - 448927.783) < 0.01 && Math.Abs(n - 2416895.459) < 0.01, $"E {e:F3} N {n:F3}");
    }

    [Fact]
    public void The_round_trip_returns_to_the_same_point()
    {
        var (e, n) = Vn2000.FromWgs84(106.6980, 21.9508);
        var (lon, lat) = Vn2000.ToWgs84Point(e, n);

        Assert.Equal(106.6980, lon, 7); // 1e-7° ≈ 1 cm
        Assert.Equal(21.9508, lat, 7);
    }
}
