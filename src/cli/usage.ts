export const USAGE = `lkjip: membaca lembar Pengukuran Kinerja atau formulir Evaluasi Renja, memeriksanya, dan membuat tabel LKjIP.

Pemakaian:
  lkjip inspect  <berkas.xlsx> [--sheet NAMA] [--json]
      Menampilkan tabel yang dikenali: tujuan, sasaran, indikator, program, kegiatan, sub kegiatan.
  lkjip validate <berkas.xlsx> [--sheet NAMA] [--json]
      Memeriksa jumlah, anggaran kas, realisasi dan capaian; menyebut sel yang salah.
  lkjip generate <berkas.xlsx> [-o HASIL.xlsx] [--sheet NAMA] [--lang id|en] [--replace-edited] [--final]
      Menambahkan lembar-lembar tabel LKjIP ke salinan buku kerja; isi buku kerja Anda tidak diubah.

Berkas: .xlsx/.xlsm, juga .xls (Excel 97–2003), .ods, XML Excel 2003, tabel HTML dan halaman MHTML
(ekspor aplikasi yang bernama .xls). Berkas selain .xlsx dibaca apa adanya; generate menulis .xlsx baru di sampingnya.

Opsi:
  --sheet NAMA   hanya lembar ini (tanpa opsi ini: semua lembar yang dikenali)
  --json         keluaran JSON untuk program lain
  -o, --output   berkas hasil generate (bawaan: <nama>-lkjip.xlsx di folder yang sama)
  --replace-edited  ganti juga lembar hasil yang sudah Anda ubah (bawaan: dibiarkan, versi baru ditulis ke lembar baru)
  --lang id|en   bahasa lembar Hasil Pemeriksaan pada generate (bawaan: id, Bahasa Indonesia)
  --final        laporan akhir: angka dari baris dengan temuan tidak diberi tanda * (bawaan: draf bertanda)
  -h, --help     bantuan ini

Kode keluar:
  0  berhasil (validate: tanpa kesalahan)
  1  validate menemukan kesalahan
  2  berkas tidak dapat dibaca, tidak ada tabel Pengukuran Kinerja atau Evaluasi Renja, atau perintah/opsi salah

Set LKJIP_DEBUG=1 untuk melihat jejak galat lengkap.`;
