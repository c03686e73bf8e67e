import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Prints the first column of the first row of a query, for the bench scripts. Usage: Sql JDBC_URL QUERY */
public class Sql {

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "postgres");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(args[1])) {
            if (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }
}
