import java.sql.*; import java.nio.file.*; import java.util.concurrent.*; import java.util.concurrent.atomic.*;
import org.h2.jdbc.JdbcConnection; import org.h2.engine.SessionLocal; import org.h2.mvstore.MVStore;
public class H2FileGrowth {
  public static void main(String[] a) throws Exception {
    String mode=a[0]; int secs=Integer.parseInt(a[1]); Path dir=Files.createTempDirectory("h2exp");
    String url="jdbc:h2:file:"+dir+"/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=30000"+(mode.endsWith("5")?";RETENTION_TIME=5000":"");
    Connection keep=DriverManager.getConnection(url,"sa","");
    try (Statement s=keep.createStatement()) { for (int t=0;t<12;t++) { s.execute("create table t"+t+"(id bigint auto_increment primary key, a varchar(200), b int, c timestamp)"); s.execute("create index t"+t+"_b on t"+t+"(b)"); s.execute("create index t"+t+"_c on t"+t+"(c)"); }
      s.execute("create table hot(id int primary key, n bigint)"); for(int i=0;i<100;i++) s.execute("insert into hot values("+i+",0)"); }
    MVStore store=((SessionLocal)((JdbcConnection)keep).getSession()).getDatabase().getStore().getMvStore();
    AtomicBoolean stop=new AtomicBoolean(); AtomicLong commits=new AtomicLong(); AtomicLong fails=new AtomicLong();
    ExecutorService ex=Executors.newFixedThreadPool(4);
    for(int w=0;w<4;w++){ ex.submit(()->{ try(Connection c=DriverManager.getConnection(url,"sa","")){ c.setAutoCommit(false); var r=ThreadLocalRandom.current();
      while(!stop.get()){ try(Statement s=c.createStatement()){ for(int k=0;k<6;k++){ int t=r.nextInt(12); s.execute("insert into t"+t+"(a,b,c) values('"+"x".repeat(100)+"',"+r.nextInt(1000)+",current_timestamp)"); }
        s.execute("update hot set n=n+1 where id="+r.nextInt(100)); if(r.nextInt(4)==0){int t=r.nextInt(12); s.execute("delete from t"+t+" where id in (select min(id) from t"+t+")");} c.commit(); commits.incrementAndGet(); Thread.sleep(10);} catch(SQLException e){ try{c.rollback();}catch(SQLException e2){} fails.incrementAndGet(); } }
      } catch(Exception e){ e.printStackTrace(); } return null; }); }
    ScheduledExecutorService sch=Executors.newSingleThreadScheduledExecutor(); AtomicLong rewrites=new AtomicLong();
    if(mode.startsWith("compact")) sch.scheduleWithFixedDelay(()->{ try{ if(store.compact(80, 16*1024*1024)) rewrites.incrementAndGet(); }catch(Throwable t){ t.printStackTrace(); } },1,1,TimeUnit.SECONDS);
    Path f=dir.resolve("db.mv.db"); long t0=System.currentTimeMillis();
    for(int i=1;i<=secs/10;i++){ Thread.sleep(10000); System.out.printf("%s %3ds file %.1f MB commits %d fails %d rewrites %d fill %d chunksFill %d%n",mode,i*10,Files.size(f)/1e6,commits.get(),fails.get(),rewrites.get(),store.getFillRate(),store.getFileStore().getChunksFillRate()); }
    stop.set(true); ex.shutdown(); ex.awaitTermination(30,TimeUnit.SECONDS); sch.shutdownNow();
    long rows=0; try(Statement s=keep.createStatement()){ for(int t=0;t<12;t++){ ResultSet rs=s.executeQuery("select count(*) from t"+t); rs.next(); rows+=rs.getLong(1);} }
    keep.close(); System.out.printf("%s end: file after clean close %.1f MB, rows %d%n",mode,Files.size(f)/1e6,rows);
  }
}
