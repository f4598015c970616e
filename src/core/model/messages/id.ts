import { Catalog } from "./catalog";

const ROMAWI = ["I", "II", "III", "IV"];

/** Bahasa Indonesia: the language of every JSON `message` (a contract) and the default everywhere. */
export const id: Catalog = {
  lang: "id",
  messages: {
    "kas-vs-pagu": "Pagu di {cell} ({pagu}) tidak sama dengan jumlah anggaran kas TW I–IV ({kas}); selisih {selisih}.",
    "kas-vs-pagu.kolom":
      "Pagu di {cell} ({pagu}) tidak sama dengan jumlah anggaran kas TW I–IV ({kas}); selisih {selisih}. Kemungkinan " +
      "salah ketik di {kasCell}: hanya pada kolom itu baris induknya ({indukCell}) tidak sama dengan jumlah baris di " +
      "bawahnya, dengan selisih yang sama.",
    "kas-vs-pagu.kas-empty": "Anggaran kas TW I–IV untuk pagu di {cell} ({pagu}) belum diisi: keempat selnya kosong.",
    "kas-vs-pagu.some-empty":
      "Pagu di {cell} ({pagu}) tidak sama dengan jumlah anggaran kas TW I–IV ({kas}); selisih {selisih}. " +
      "Sel anggaran kas {kosong} belum diisi.",
    "kas-vs-pagu.kumulatif":
      "Pagu di {cell} ({pagu}) tidak sama dengan anggaran kas s/d TW IV di {kasCell} ({kas}); selisih {selisih}.",
    "kas-vs-pagu.kumulatif-empty":
      "Anggaran kas s/d TW IV untuk pagu di {cell} ({pagu}) belum diisi: sel {kasCell} kosong.",
    "pagu-vs-children":
      "Pagu {tingkat} di {cell} ({pagu}) tidak sama dengan jumlah pagu {tingkatAnak} di bawahnya ({jumlah}); " +
      "selisih {selisih}.",
    "pagu-vs-children.parent-empty":
      "Pagu {tingkat} di {cell} kosong, padahal jumlah pagu {tingkatAnak} di bawahnya {jumlah}.",
    "kas-vs-children":
      "Anggaran kas {triwulan} {tingkat} di {cell} ({kas}) tidak sama dengan jumlah anggaran kas {triwulan} " +
      "{tingkatAnak} di bawahnya ({jumlah}); selisih {selisih}.",
    "kas-vs-children.parent-empty":
      "Anggaran kas {triwulan} {tingkat} di {cell} kosong, padahal jumlah anggaran kas {triwulan} {tingkatAnak} " +
      "di bawahnya {jumlah}.",
    "realisasi-vs-children":
      "Realisasi {tingkat} di {cell} ({realisasi}) tidak sama dengan jumlah realisasi {tingkatAnak} di bawahnya " +
      "({jumlah}); selisih {selisih}.",
    "realisasi-vs-children.parent-empty":
      "Realisasi {tingkat} di {cell} kosong, padahal jumlah realisasi {tingkatAnak} di bawahnya {jumlah}.",
    "realisasi-vs-children.triwulan":
      "Realisasi {triwulan} {tingkat} di {cell} ({realisasi}) tidak sama dengan jumlah realisasi {triwulan} " +
      "{tingkatAnak} di bawahnya ({jumlah}); selisih {selisih}.",
    "realisasi-vs-children.triwulan-parent-empty":
      "Realisasi {triwulan} {tingkat} di {cell} kosong, padahal jumlah realisasi {triwulan} {tingkatAnak} di " +
      "bawahnya {jumlah}.",
    "realisasi-vs-children.triwulan-kumulatif":
      "Realisasi s.d. {triwulan} {tingkat} di {cell} ({realisasi}) tidak sama dengan jumlah realisasi s.d. " +
      "{triwulan} {tingkatAnak} di bawahnya ({jumlah}); selisih {selisih}.",
    "realisasi-vs-children.triwulan-kumulatif-parent-empty":
      "Realisasi s.d. {triwulan} {tingkat} di {cell} kosong, padahal jumlah realisasi s.d. {triwulan} " +
      "{tingkatAnak} di bawahnya {jumlah}.",
    "realisasi-total-mismatch":
      "Realisasi tahun berjalan di {cell} ({tertulis}) tidak sama dengan jumlah realisasi triwulannya " +
      "({rumus} = {hitung}); selisih {selisih}.",
    "realisasi-total-mismatch.kolom":
      "Realisasi tahun berjalan di {cell} ({tertulis}) tidak sama dengan jumlah realisasi triwulannya " +
      "({rumus} = {hitung}); selisih {selisih}. Kemungkinan salah ketik di {triwulanCell}: hanya pada triwulan itu " +
      "baris induknya ({indukCell}) tidak sama dengan jumlah baris di bawahnya, dengan selisih yang sama.",
    "realisasi-total-mismatch.kumulatif":
      "Realisasi tahun berjalan di {cell} ({tertulis}) tidak sama dengan realisasi s.d. {triwulan} di {rumus} " +
      "({hitung}); kolom triwulan lembar ini sudah kumulatif, jadi keduanya mestinya sama. Selisih {selisih}.",
    "realisasi-total-mismatch.bulanan":
      "Realisasi tahun berjalan di {cell} ({tertulis}) tidak sama dengan jumlah realisasi bulanannya " +
      "({rumus} = {hitung}); selisih {selisih}.",
    "realisasi-total-mismatch.kinerja":
      "Realisasi kinerja tahun berjalan di {cell} ({tertulis}) untuk {nama} tidak sama dengan jumlah realisasi " +
      "triwulannya ({rumus} = {hitung}).",
    "renstra-total-mismatch":
      "Realisasi Renstra s/d tahun ini di {cell} ({tertulis}) tidak sama dengan realisasi s/d tahun lalu ditambah " +
      "realisasi tahun ini ({rumus} = {hitung}); selisih {selisih}.",
    "renstra-total-mismatch.kinerja":
      "Realisasi kinerja Renstra s/d tahun ini di {cell} ({tertulis}) untuk {nama} tidak sama dengan realisasi " +
      "s/d tahun lalu ditambah realisasi tahun ini ({rumus} = {hitung}).",
    "tingkat-capaian-mismatch":
      "Tingkat capaian Renstra di {cell} ({tertulis}) tidak sama dengan hasil hitung ulang {rumus} = {hitung}.",
    "tingkat-capaian-mismatch.renja":
      "Tingkat capaian Renja tahun ini di {cell} ({tertulis}) tidak sama dengan hasil hitung ulang {rumus} = {hitung}.",
    "realisasi-negative":
      "Realisasi {triwulan} di {cell} bernilai negatif ({realisasi}); periksa apakah ini pengembalian belanja " +
      "yang seharusnya dicatat tersendiri.",
    "realisasi-negative.total":
      "Realisasi anggaran di {cell} bernilai negatif ({realisasi}); periksa apakah ini pengembalian belanja " +
      "(koreksi) yang seharusnya dicatat tersendiri.",
    "formula-range.left-out":
      "Rumus {rumus} di {cell} tidak mencakup baris {dilewati}, padahal baris itu {tingkatAnak} di bawahnya.",
    "formula-range.left-out.value":
      "Rumus {rumus} di {cell} tidak mencakup baris {dilewati}, padahal baris itu {tingkatAnak} di bawahnya: " +
      "hasilnya {nilai}, seharusnya {jumlah}.",
    "formula-range.counted-twice":
      "Rumus {rumus} di {cell} ikut menghitung baris {ganda}, yang bukan {tingkatAnak} langsung di bawahnya atau " +
      "sudah dihitung: angkanya terhitung dua kali.",
    "formula-range.counted-twice.value":
      "Rumus {rumus} di {cell} ikut menghitung baris {ganda}, yang bukan {tingkatAnak} langsung di bawahnya atau " +
      "sudah dihitung: hasilnya {nilai}, seharusnya {jumlah}.",
    "formula-range.both":
      "Rumus {rumus} di {cell} tidak mencakup baris {dilewati} ({tingkatAnak} di bawahnya) dan ikut menghitung " +
      "baris {ganda} yang bukan rinciannya langsung.",
    "formula-range.both.value":
      "Rumus {rumus} di {cell} tidak mencakup baris {dilewati} ({tingkatAnak} di bawahnya) dan ikut menghitung " +
      "baris {ganda} yang bukan rinciannya langsung: hasilnya {nilai}, seharusnya {jumlah}.",
    "outside-totals":
      "Baris {dari}–{sampai} (mulai {cell}) berada di bawah baris jumlah {total} dan tidak termasuk dalam jumlah " +
      "itu; periksa apakah baris ini tempelan atau salinan.",
    "kode-mismatch":
      "Kode {tingkat} di {cell} ({kode}) tidak berada di bawah kode {tingkatInduk} di atasnya ({kodeInduk}, " +
      "{cellInduk}): barisnya mungkin salah letak, dan jumlah {tingkatInduk} itu ikut memuatnya.",
    "total-row-mismatch.pagu":
      "Pagu di baris jumlah {cell} ({total}) tidak sama dengan jumlah pagu {tingkat} yang dijumlahkannya " +
      "({jumlah}); selisih {selisih}.",
    "total-row-mismatch.triwulan":
      "Realisasi {triwulan} di baris jumlah {cell} ({total}) tidak sama dengan jumlah realisasi {triwulan} " +
      "{tingkat} yang dijumlahkannya ({jumlah}); selisih {selisih}.",
    "total-row-mismatch.realisasi":
      "Realisasi di baris jumlah {cell} ({total}) tidak sama dengan jumlah realisasi {tingkat} yang " +
      "dijumlahkannya ({jumlah}); selisih {selisih}.",
    "ambiguous-separator.ribuan":
      "Sel {cell} dan sel lain di kolomnya berisi angka seperti {contoh} yang dapat dibaca sebagai ribuan atau " +
      "desimal; titik/komanya dibaca sebagai pemisah ribuan. Bila maksudnya desimal, tulis dengan koma atau ketik " +
      "sebagai angka.",
    "ambiguous-separator.desimal":
      "Sel {cell} dan sel lain di kolomnya berisi angka seperti {contoh} yang dapat dibaca sebagai ribuan atau " +
      "desimal; titik/komanya dibaca sebagai tanda desimal. Bila maksudnya ribuan, ketik angkanya sebagai angka.",
    "number-stored-as-text":
      "Sel {cell} berisi angka yang tersimpan sebagai teks ({teks}): rumus di {rumus} melewatinya, sehingga hasil " +
      "rumus itu tidak memuat angka ini. Ketik ulang isi {cell} sebagai angka; angka dari rumus itu tidak diperiksa " +
      "sampai diperbaiki.",
    "number-stored-as-text.many":
      "Sel {cell} berisi angka yang tersimpan sebagai teks ({teks}): rumus di {rumus} dan {lain} rumus lain " +
      "melewatinya, sehingga hasil rumus-rumus itu tidak memuat angka ini. Ketik ulang isi {cell} sebagai angka; " +
      "angka dari rumus itu tidak diperiksa sampai diperbaiki.",
    "stacked-tables.unit":
      "Di bawah tabel lembar ini (baris {baris}–{sampai}) ada tabel unit lain: {lainnya}. Tabel itu tidak diperiksa " +
      "dan tidak masuk ke tabel LKjIP; pindahkan ke lembarnya sendiri bila unit itu perlu diperiksa atau dibuatkan " +
      "LKjIP-nya, atau gabungkan ke tabel di atas bila memang satu laporan.",
    "stacked-tables.sheets":
      "Periode yang sama juga diisi di lembar {lainnya} dengan {program} program lain (tampaknya bagian lain laporan ini, " +
      'mis. per bidang). Tabel LKjIP hanya dibuat dari lembar "{sumber}": program lembar-lembar lain itu tidak masuk, dan ' +
      "angka per sasaran, % anggaran dan BELANJA DAERAH hanya memuat program lembar sumber. Untuk LKjIP seluruh " +
      "Perangkat Daerah, satukan semua program dalam satu lembar (lembar rekap), lalu jalankan lagi.",
    "stacked-tables":
      "Lembar ini memuat {jumlah} tabel dari periode berbeda, satu di bawah yang lain; yang dibaca hanya yang " +
      "terbaru, {periode} (mulai baris {baris}). Tabel lain ({lainnya}; baris awalnya dalam kurung) tidak " +
      "diperiksa: simpan tiap triwulan di lembarnya sendiri agar semuanya diperiksa.",
    "triwulan-source.unstated":
      'Judul tabel dan nama lembar "{lembar}" tidak menyebut triwulan: lembar ini dibaca sebagai laporan akhir ' +
      "tahun, capaian kinerja diukur terhadap target triwulan terakhir yang terisi, dan judul tabel LKjIP tidak " +
      'menyebut triwulan. Bila ini laporan triwulanan, tulis triwulannya di judul (mis. "S/D TRIWULAN III").',
    "triwulan-source.capaian":
      'Judul tabel dan nama lembar "{lembar}" tidak menyebut triwulan; lembar ini dibaca sebagai s.d. {triwulan} ' +
      "karena capaian kinerja indikatornya dihitung terhadap target {triwulan}. Tulis triwulannya di judul agar " +
      "pasti.",
    "triwulan-source.realisasi":
      'Judul tabel dan nama lembar "{lembar}" tidak menyebut triwulan; lembar ini dibaca sebagai s.d. {triwulan}, ' +
      "triwulan terakhir yang realisasinya terisi. Tulis triwulannya di judul agar pasti.",
    "triwulan-source.conflict":
      'Judul tabel menyebut s.d. {triwulan}, tetapi nama lembar "{lembar}" menyebut {triwulanLembar}; yang dipakai ' +
      "judul. Periksa mana yang belum diganti.",
    "triwulan-source.conflict-lembar":
      'Judul tabel menyebut s.d. {triwulanJudul}, tetapi nama lembar "{lembar}" menyebut {triwulan}, dan capaian yang ' +
      "tertulis diukur terhadap target {triwulan}: yang dipakai nama lembar. Ganti judulnya.",
    "triwulan-source.later-quarter":
      "Realisasi {triwulanIsi} di {cell} terisi ({realisasi}), padahal lembar ini laporan s.d. {triwulan}: angka itu " +
      "tidak masuk laporan. Periksa apakah angkanya salah kolom, atau judulnya belum diganti ke triwulan berikutnya.",
    "triwulan-source.later-quarter-many":
      "Realisasi {triwulanIsi} di {cell} terisi ({realisasi}), begitu pula realisasi triwulan sesudah {triwulan} di " +
      "{lain} baris lain, padahal lembar ini laporan s.d. {triwulan}: angka itu tidak masuk laporan. Periksa apakah " +
      "angkanya salah kolom, atau judulnya belum diganti ke triwulan berikutnya.",
    "triwulan-source.later-quarter-kinerja":
      "Realisasi kinerja {triwulanIsi} di {cell} terisi ({nilai}), padahal lembar ini laporan s.d. {triwulan}: angka " +
      "itu tidak masuk laporan. Periksa apakah angkanya salah kolom, atau judulnya belum diganti ke triwulan berikutnya.",
    "triwulan-source.later-quarter-kinerja-many":
      "Realisasi kinerja {triwulanIsi} di {cell} terisi ({nilai}), begitu pula realisasi triwulan sesudah {triwulan} di " +
      "{lain} baris lain, padahal lembar ini laporan s.d. {triwulan}: angka itu tidak masuk laporan. Periksa apakah " +
      "angkanya salah kolom, atau judulnya belum diganti ke triwulan berikutnya.",
    "rupiah-unit":
      'Angka Rupiah lembar ini ditulis dalam {satuan} ({cell}: "{teks}"): pemeriksaan dan tabel LKjIP memakainya ' +
      "dalam rupiah penuh.",
    "rupiah-unit.angka-penuh":
      'Lembar ini menyebut Rupiah dalam {satuan} ({cell}: "{teks}"), tetapi angkanya sudah dalam rupiah penuh ' +
      "(nilai tengahnya {contoh} di {contohCell}; dalam {satuan} itu berarti {dikali}): angka dibaca apa adanya. " +
      "Hapus keterangan itu bila memang sisa lembar lain, atau periksa angkanya.",
    "heading-row-sum":
      "Baris {tingkat} di {cell} hanya berisi nama yang digabung sampai {ujung}, tanpa angka: pagu, anggaran kas " +
      "dan realisasinya diambil dari jumlah {tingkatAnak} di bawahnya (pagu {pagu}). Bila angkanya berbeda, pisahkan " +
      "gabungan sel {cell}:{ujung} lalu tulis angkanya.",
    "heading-row-sum.unmerged":
      "Sel {cell}: baris {tingkat} ini hanya berisi nama, tanpa angka: pagu, anggaran kas dan realisasinya diambil " +
      "dari jumlah {tingkatAnak} di bawahnya (pagu {pagu}). Tulis angkanya di baris itu bila berbeda.",
    "heading-row-sum.rp-kosong":
      "Sel {cell}: baris {tingkat} ini tidak berisi angka Rp: pagu dan realisasinya (per triwulan dan setahun) " +
      "diambil dari jumlah {tingkatAnak} di bawahnya (pagu {pagu}). Tulis angkanya di baris itu bila berbeda.",
    "realisasi-over-pagu": "Realisasi di {cell} ({realisasi}) melebihi pagu ({pagu}); selisih {selisih}.",
    "realisasi-over-kas":
      "Realisasi di {cell} ({realisasi}) melebihi anggaran kas s/d {triwulan} ({kas}); selisih {selisih}.",
    "capaian-anggaran-mismatch":
      "Capaian anggaran di {cell} ({tertulis}) tidak sama dengan realisasi ÷ pagu ({realisasi} ÷ {pagu} = {hitung}).",
    "capaian-kinerja-mismatch":
      "Capaian kinerja di {cell} ({tertulis}) tidak sama dengan hasil hitung ulang {hitung} dari realisasi " +
      "{realisasi} dan target {triwulan} {target} (polaritas {polaritas}).",
    "capaian-kinerja-mismatch.polaritas-nama":
      'Capaian kinerja di {cell} ({tertulis}) dihitung realisasi ÷ target (polaritas positif), padahal "{nama}" ' +
      "biasanya makin kecil makin baik: dengan polaritas negatif capaiannya {hitung}. Tulis polaritasnya (Negatif " +
      "atau Positif) di Data Pendukung untuk memastikannya; selama belum ditulis, tabel LKjIP memakai realisasi ÷ target.",
    "capaian-kinerja-mismatch.polaritas-lembar":
      'Capaian kinerja di {cell} ({tertulis}) dihitung seolah "{nama}" makin kecil makin baik (polaritas negatif), ' +
      'padahal di lembar "{lembar}"{lainnya} capaian indikator ini dihitung realisasi ÷ target (polaritas positif): ' +
      "dengan itu capaiannya {hitung}. Bila makin besar makin baik, perbaiki capaiannya; bila makin kecil makin baik, " +
      "tulis Negatif di Data Pendukung. Selama belum ditulis, tabel LKjIP mengikuti capaian yang tertulis.",
    "capaian-kinerja-mismatch.polaritas-capaian":
      'Capaian kinerja di {cell} ({tertulis}) dihitung seolah "{nama}" makin kecil makin baik (polaritas negatif), ' +
      "padahal tidak ada yang menyatakannya: dengan realisasi ÷ target (polaritas positif) capaiannya {hitung}. Bila " +
      "makin besar makin baik, perbaiki capaiannya; bila makin kecil makin baik, tulis Negatif di Data Pendukung. " +
      "Selama belum ditulis, tabel LKjIP mengikuti capaian yang tertulis.",
    "capaian-kinerja-mismatch.rentang":
      "Capaian kinerja di {cell} ({tertulis}) tidak sama dengan hasil hitung ulang {hitung} dari realisasi " +
      "{realisasi} dan target {triwulan} berupa rentang {rentang} (di dalam rentang 100%, di luar diukur terhadap " +
      "batas terdekat; polaritas {polaritas}).",
    "capaian-kinerja-mismatch.kualitatif-tercapai":
      "Capaian kinerja di {cell} ({tertulis}) tidak sesuai: realisasi {realisasi} melampaui target {triwulan} " +
      "{target} pada skala yang sama, jadi targetnya tercapai (capaian lebih dari 100%).",
    "capaian-kinerja-mismatch.kualitatif-tidak-tercapai":
      "Capaian kinerja di {cell} ({tertulis}) tidak sesuai: realisasi {realisasi} di bawah target {triwulan} " +
      "{target} pada skala yang sama, jadi targetnya tidak tercapai (capaian kurang dari 100%).",
    "realisasi-decreased":
      'Realisasi {tingkat} "{nama}" di {cell} lembar "{sheet}" s/d {triwulan} ({realisasi}) lebih kecil daripada ' +
      'realisasi s/d {triwulanLalu} di lembar "{sheetLalu}" ({realisasiLalu}); realisasi kumulatif tidak boleh turun.',
    "realisasi-decreased.kumulatif":
      'Realisasi s/d {triwulan} {tingkat} "{nama}" di {cell} ({realisasi}) lebih kecil daripada realisasi s/d ' +
      "{triwulanLalu} di {cellLalu} ({realisasiLalu}); kolom triwulan lembar ini kumulatif, jadi realisasinya tidak " +
      "boleh turun: periksa kedua sel itu.",
    "unreadable-value": 'Sel {cell} berisi "{teks}" yang tidak terbaca sebagai angka.',
    "unreadable-value.koma-ribuan":
      'Sel {cell} berisi "{teks}": komanya bisa pemisah ribuan atau tanda desimal, dan sebagai desimal angka ini ' +
      "pecahan sen, yang bukan jumlah rupiah. Angka ini tidak dibaca: tulis ribuan dengan titik (1.234) atau ketik " +
      "angkanya sebagai angka.",
    "unreadable-value.unit":
      'Sel {cell} berisi "{teks}": satuan yang ditulis bukan satuan indikator baris ini ("{satuan}"), jadi ' +
      "angkanya tidak dibaca. Tulis angkanya saja, atau perbaiki satuannya.",
    "unreadable-value.circular":
      "Rumus ={rumus} di sel {cell} ikut menjumlah sel {cell} sendiri (referensi melingkar), jadi hasilnya bukan " +
      "angka yang dapat dibaca. Perbaiki rentangnya agar tidak mencakup sel itu.",
    "unreadable-value.div-zero":
      "Sel {cell} menampilkan #DIV/0!: rumus ={rumus} membagi dengan nol (pagu atau target 0, atau sel kosong), " +
      'jadi angkanya tidak dapat dibaca. Bila pembaginya memang 0, bungkus rumusnya dengan IFERROR(…;"") agar ' +
      "selnya kosong.",
    "unreadable-value.not-calculated":
      "Sel {cell} berisi rumus ={rumus} tanpa hasil tersimpan (berkasnya disimpan tanpa dihitung): buka di Excel " +
      "atau LibreOffice, simpan, lalu periksa lagi.",
    "unreadable-value.not-calculated-many":
      "Sel {cell} berisi rumus ={rumus} tanpa hasil tersimpan, begitu pula {lain} sel rumus lain di lembar ini " +
      "(berkasnya disimpan tanpa dihitung): buka di Excel atau LibreOffice, simpan, lalu periksa lagi.",
    "number-out-of-range":
      "Sel {cell} berisi {teks}, bukan jumlah rupiah yang mungkin (kurang dari satu sen atau di luar jangkauan " +
      "Excel); sel ini tidak dihitung dan tabel LKjIP membiarkannya kosong.",
    "text-too-long":
      "Nama di sel {cell} terlalu panjang ({panjang} karakter; satu sel Excel memuat paling banyak 32.767): " +
      "tabel LKjIP membiarkan selnya kosong.",
    "date-in-amount.kinerja":
      "Sel {cell} berisi tanggal ({tanggal}), bukan angka kinerja; sel ini tidak dihitung. Pecahan seperti 4/5 " +
      "diubah Excel menjadi tanggal: ubah format selnya menjadi Teks atau Angka, lalu tulis nilainya.",
    "date-in-amount":
      "Sel {cell} berisi tanggal ({tanggal}), bukan jumlah rupiah; sel ini tidak dihitung. Ubah format selnya " +
      "menjadi angka dan tulis jumlahnya.",
    "unreadable-value.data-pendukung-persen":
      'Sel {cell} ({kolom}) di lembar "{sheet}" berformat persen tetapi berisi {nilai}, yang tampil lebih dari 1000%: ' +
      "angka persen tampaknya ditempel sebagai angka biasa. Bila maksudnya {nilai}%, tulis {nilai}% di sel itu; " +
      "sel ini diabaikan.",
    "unreadable-value.data-pendukung-persen-many":
      'Sel {cell} ({kolom}) di lembar "{sheet}" berformat persen tetapi berisi {nilai}, yang tampil lebih dari 1000%, ' +
      "begitu pula {lain} sel persen lain di lembar itu: angka persen tampaknya ditempel sebagai angka biasa. Bila " +
      "maksudnya {nilai}%, tulis {nilai}% di sel itu, begitu pula sel lainnya; sel-sel ini diabaikan.",
    "unreadable-value.data-pendukung":
      'Sel {cell} ({kolom}) di lembar "{sheet}" tidak terbaca sebagai angka: "{teks}"; sel ini diabaikan.',
    "unreadable-value.polaritas":
      'Sel {cell} di lembar "{sheet}": polaritas "{teks}" tidak dikenal (pilih positif, negatif, negatif-b atau ' +
      "stabil); dianggap positif.",
    "missing-name.budget":
      "Sel {cell}: baris {baris} berisi angka anggaran tetapi nama program/kegiatan/sub kegiatannya kosong.",
    "missing-name.tujuan": "Sel {cell}: baris {baris} berisi data tetapi nama tujuannya kosong.",
    "missing-name.sasaran": "Sel {cell}: baris {baris} berisi data tetapi nama sasaran strategisnya kosong.",
    "missing-name.indikator":
      "Sel {cell}: indikator pada baris {baris} memiliki target, realisasi atau formulasi tetapi namanya kosong.",
    "missing-value.pagu": 'Pagu di {cell} kosong untuk {tingkat} "{nama}".',
    "missing-value.kas-later":
      "Anggaran kas mulai {dari} kosong di semua baris (kolom {cell} dan sesudahnya). Laporan ini s/d {triwulan}, " +
      "jadi jumlah anggaran kas belum dibandingkan dengan pagu; isi rencana kas setahun bila sudah ada.",
    "missing-value.realisasi-anggaran": 'Realisasi anggaran di {cell} kosong untuk {tingkat} "{nama}".',
    "missing-value.sub-kegiatan-rp":
      "Pagu dan realisasi tidak diisi pada satu pun dari {jumlah} sub kegiatan (yang pertama di {cell}); angka " +
      "anggaran ada pada baris kegiatan dan program. Tabel LKjIP memakai angka itu; isi angka sub kegiatan bila " +
      "rinciannya perlu tercetak.",
    "missing-value.capaian-anggaran":
      "Capaian anggaran di {cell} kosong, padahal dapat dihitung dari realisasi ÷ pagu ({saran}).",
    "missing-value.target": "Target {triwulan} di {cell} kosong untuk {nama}.",
    "missing-value.target-no-triwulan": "Target di {cell} untuk {nama} kosong pada semua triwulan.",
    "missing-value.realisasi-kinerja": "Realisasi kinerja di {cell} kosong untuk {nama}.",
    "missing-value.realisasi-kinerja-belum":
      'Realisasi di {cell} ditulis "{tertulis}" untuk {nama}: realisasinya belum diisi, jadi capaiannya belum ' +
      "dapat diperiksa dan tidak dicetak di tabel LKjIP. Isi realisasinya bila sudah ada.",
    "missing-value.target-belum":
      'Target {triwulan} di {cell} ditulis "{tertulis}" untuk {nama}: targetnya belum diisi, jadi capaiannya belum ' +
      "dapat dihitung dan tidak dicetak di tabel LKjIP. Isi targetnya.",
    "missing-value.capaian-kinerja":
      "Capaian kinerja di {cell} kosong, padahal dapat dihitung dari realisasi dan target {triwulan} ({saran}).",
    "missing-value.realisasi-columns":
      "Judul kolom tabel (baris {baris}, mulai {cell}) tidak memuat kolom realisasi, baik kinerja maupun anggaran " +
      "(Rp): realisasi dan capaian lembar ini tidak dibaca dan tidak diperiksa. Beri kolom realisasi judul yang " +
      'menyebut REALISASI, mis. "REALISASI KINERJA" dan "REALISASI (Rp)".',
    "missing-value.realisasi-anggaran-column":
      "Judul kolom tabel (baris {baris}, mulai {cell}) tidak memuat realisasi anggaran (Rp) tahun berjalan s.d. " +
      "triwulan laporan: realisasi dan capaian anggaran lembar ini tidak dibaca dan tidak diperiksa. Kolom realisasi " +
      'satu triwulan saja (mis. "REALISASI TRIWULAN III") bukan realisasi s.d. triwulan itu; beri kolom realisasi ' +
      'anggaran yang menyebutnya, mis. "REALISASI S.D. TW III (Rp)".',
    "missing-value.no-realisasi":
      'Lembar "{lembar}" belum berisi realisasi apa pun (kolom realisasi kosong, mulai {cell}), seperti lembar ' +
      "yang disiapkan untuk triwulan berikutnya: realisasi dan capaiannya belum dapat diperiksa.",
    "missing-value.data-pendukung-header":
      'Lembar "{sheet}": judul kolom "Indikator Kinerja" tidak ditemukan, jadi data per indikator tidak terbaca.',
    "missing-value.data-pendukung-name":
      'Sel {cell} di lembar "{sheet}": nama indikator kosong, isian baris {baris} diabaikan.',
    "level-uncertain.code-word-conflict":
      "Sel {cell}: {nama}: kode {kode} menunjukkan {tingkatKode} tetapi namanya diawali kata {tingkatKata}; " +
      "dipakai kode.",
    "level-uncertain.rekening":
      "Baris rekening belanja (kode 5.x.xx…, mulai {cell}; {jumlah} baris) dibaca sebagai rincian sub kegiatan di " +
      "atasnya: tidak dihitung lagi sebagai sub kegiatan, dan jumlahnya tidak diperiksa.",
    "level-uncertain.urusan":
      "Sel {cell}: baris urusan ({jumlah} baris mulai sel ini) dibaca sebagai judul di atas programnya, bukan " +
      "program: angkanya tidak ditambahkan ke BELANJA DAERAH dan tidak diperiksa.",
    "level-uncertain.subtotal-hidden":
      "Sel {cell}: baris tersembunyi ({jumlah} baris mulai sel ini) tidak dihitung SUBTOTAL di {rumus}, jadi " +
      "dibaca sebagai baris yang tidak dipakai (mis. dibatalkan di APBD-P): tidak diperiksa dan tidak masuk tabel " +
      "LKjIP. Biarkan tersembunyi bila memang dibatalkan; tampilkan bila seharusnya dihitung.",
    "level-uncertain.pendapatan":
      "Sel {cell}: baris pendapatan ({jumlah} baris mulai sel ini) bukan belanja: dibiarkan di luar program, tidak " +
      "diperiksa, dan tidak masuk tabel LKjIP.",
    "level-uncertain.lanjutan-nama":
      "Sel {cell}: kata-kata di baris ini ({jumlah} baris mulai sel ini) dibaca sebagai lanjutan nama baris di " +
      "atasnya, yang terpotong ke baris berikutnya. Bila itu program, kegiatan atau sub kegiatan tersendiri, isi " +
      "kode atau angkanya.",
    "level-uncertain.rincian":
      "Sel {cell}: {jumlah} baris tanpa kode, nama dan indikator mulai sel ini dibaca sebagai rincian baris di " +
      "atasnya (mis. per lokasi), karena pagunya berjumlah sama dengan pagu baris itu: bukan sub kegiatan tersendiri.",
    "level-uncertain.perubahan":
      'Sel {cell}: baris "Perubahan" ({jumlah} baris mulai sel ini) dibaca sebagai anggaran setelah perubahan (APBD-P) ' +
      "dari baris di atasnya: pagu, anggaran kas dan realisasinya menggantikan angka murni baris itu, dan bukan sub " +
      "kegiatan tersendiri. Baris Murni atau Sebelum Perubahan di bawah sebuah baris tidak dipakai.",
    "level-uncertain.program-by-sum":
      "Sel {cell}: {nama} dianggap program: tidak ada baris PROGRAM di atasnya di sasaran ini, dan pagunya sama " +
      "dengan jumlah pagu kegiatan di bawahnya.",
    "level-uncertain.program-by-position":
      "Sel {cell}: {nama} dianggap program karena berada di awal sasaran tanpa baris PROGRAM di atasnya.",
    "level-uncertain.sub-without-kegiatan":
      "Sel {cell}: {nama} bertanda sub kegiatan tetapi tidak ada kegiatan di atasnya; dianggap kegiatan di bawah " +
      "program {program} ({programCell}).",
    "level-uncertain.kegiatan-under-guessed-program":
      "Sel {cell}: {nama} dianggap kegiatan di bawah program {program} ({programCell}), yang tingkatnya sendiri " +
      "ditebak.",
    "level-uncertain.kegiatan-without-sub":
      "Sel {cell}: {nama} dianggap kegiatan karena berada di bawah program {program} ({programCell}); tidak ada " +
      "sub kegiatan di bawahnya.",
    "level-uncertain.kegiatan-sum-differs":
      "Sel {cell}: {nama} dianggap kegiatan di bawah program {program} ({programCell}), dan {barisSub} baris di " +
      "bawahnya sub kegiatannya, menurut letaknya saja, karena jumlah pagu baris-baris itu tidak sama dengan " +
      "pagunya. Isi kolom KODE agar tingkatnya pasti.",
    "level-uncertain.sub-under-guessed-program":
      "Sel {cell}: {nama} dianggap sub kegiatan dari kegiatan {kegiatan} ({kegiatanCell}); program di atasnya " +
      "sendiri ditebak.",
    "level-uncertain.sub-sum-differs":
      "Sel {cell}: {nama}{lainnya} dianggap sub kegiatan dari kegiatan {kegiatan} ({kegiatanCell}) menurut " +
      "letaknya saja, karena jumlah pagunya tidak sama dengan pagu kegiatan itu. Isi kolom KODE agar tingkatnya pasti.",
    "table-cell-empty.data-pendukung":
      'Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena kolom "{kolomDp}" lembar "{sheet}" ' +
      "belum diisi (mulai sel {cell}).",
    "table-cell-empty.source-target":
      'Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena target indikator kosong di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.source-realisasi":
      'Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena realisasi indikator kosong di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.source-both":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena target dan realisasi indikator kosong di " +
      'lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.source-unreadable-target":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena target indikator di lembar " +
      '"{sheet}" tidak terbaca sebagai angka (sel {cell}; sebabnya ada di daftar temuan).',
    "table-cell-empty.source-unreadable-realisasi":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena realisasi indikator di lembar " +
      '"{sheet}" tidak terbaca sebagai angka (sel {cell}; sebabnya ada di daftar temuan).',
    "table-cell-empty.source-unreadable-both":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena target dan realisasi indikator di " +
      'lembar "{sheet}" tidak terbaca sebagai angka (sel {cell}; sebabnya ada di daftar temuan).',
    "table-cell-empty.source-renstra":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena kolom Renstra itu kosong di lembar " +
      'Evaluasi Renja "{sheet}" (sel {cell}).',
    "table-cell-empty.kualitatif":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena target atau realisasinya berupa nilai " +
      'kualitatif (predikat, opini, kategori) di lembar "{sheet}" (sel {cell}): tidak ada persentase yang dapat dihitung; ' +
      "kolom Capaian menyatakan tercapai atau tidak.",
    "table-cell-empty.unnamed":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena nama indikator kosong di lembar sumber dan " +
      'belum diisi di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.no-tujuan":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena lembar " +
      '"{sheet}" tidak menyebut tujuannya (bentuk tanpa kolom Tujuan PD; sasaran di sel {cell}).',
    "table-cell-empty.no-tujuan-sasaran":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena lembar " +
      '"{sheet}" tidak menyebut tujuan dan sasaran PD (bentuk tanpa baris Tujuan dan Sasaran PD; programnya mulai di sel {cell}).',
    "table-cell-empty.no-program":
      'Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena sasaran ini tidak memiliki program di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.no-pagu":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena program sasaran ini tidak memiliki pagu di " +
      'lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.no-realisasi":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena program sasaran ini tidak memiliki realisasi " +
      'anggaran di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.unreadable-pagu":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena pagu sebuah programnya tidak terbaca di " +
      'lembar "{sheet}" (sel {cell}; sebabnya ada di daftar temuan): jumlah tanpa program itu akan kurang.',
    "table-cell-empty.unreadable-realisasi":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena realisasi anggaran sebuah programnya tidak " +
      'terbaca di lembar "{sheet}" (sel {cell}; sebabnya ada di daftar temuan): jumlah tanpa program itu akan kurang.',
    "table-cell-empty.pagu-zero":
      'Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena jumlah pagu program sasaran ini 0 di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.capaian-anggaran-zero":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena capaian anggaran sasaran 0% (realisasi " +
      'anggaran programnya 0) sehingga rasio tidak dapat dihitung (lembar "{sheet}", sel {cell}).',
    "table-cell-empty.capaian-kinerja":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena capaian kinerja tidak dapat dihitung dari " +
      'target dan realisasinya (lembar "{sheet}", sel {cell}).',
    "table-cell-empty.efisiensi-pmk":
      "Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena capaian kinerja 0% atau kurang sehingga E " +
      'tidak dapat dihitung (lembar "{sheet}", sel {cell}).',
    "table-cell-empty.total-anggaran":
      "Tabel {tabel}: kolom {kolom} untuk {subjek}{lainnya} dihitung terhadap jumlah pagu seluruh program ({total}), karena " +
      'Total Anggaran Perangkat Daerah belum diisi di lembar "{sheet}" (sel {cell}).',
    "table-cell-empty.rencana-tindak-lanjut":
      "Rencana Tindak Lanjut di bawah Tabel {tabel} tidak dicetak untuk {subjek}{lainnya}, karena kolom {kolom} lembar " +
      '"{sheet}" belum diisi (sel {cell}).',
    "table-cell-empty.sumber-dana":
      'Tabel {tabel}: kolom {kolom} dibiarkan kosong untuk {subjek}{lainnya}, karena kolom "Sumber Dana" lembar "{sheet}" ' +
      "belum diisi (mulai sel {cell}).",
    "data-pendukung-orphan":
      'Baris {cell} di lembar "{sheet}" ({tingkat} "{nama}") tidak cocok dengan {tingkat} mana pun di lembar ' +
      '"{sumber}", jadi isiannya tidak dipakai; baris itu tetap disimpan. Bila namanya berubah di lembar sumber dan ' +
      "baris baru untuk nama itu sudah ditambahkan di bawah, pindahkan isiannya ke baris baru itu lalu hapus baris ini; " +
      "bila belum, samakan namanya dengan lembar sumber, atau hapus bila tidak diperlukan lagi.",
    "data-pendukung-orphan.unnamed":
      'Baris {cell} di lembar "{sheet}" ({tingkat} tanpa nama) tidak cocok dengan {tingkat} mana pun di lembar ' +
      '"{sumber}", jadi isiannya tidak dipakai; baris itu tetap disimpan. Beri nama seperti di lembar sumber, atau ' +
      "hapus bila tidak diperlukan lagi.",
    "data-pendukung-stale-note":
      'Catatan "tidak cocok" di {cell} lembar "{sheet}" berasal dari pemeriksaan sebelumnya dan tidak berlaku lagi: ' +
      'baris itu kini tidak termasuk baris tanpa pasangan di lembar "{sumber}". Catatan itu tidak dihapus otomatis; ' +
      "hapus isi sel itu.",
    "data-pendukung-copy":
      'Lembar "{sheet}" juga bertanda Data Pendukung (mungkin salinannya), tetapi yang dibaca hanya lembar "{dibaca}": isian ' +
      'di "{sheet}" tidak dipakai. Pindahkan isian yang diperlukan ke "{dibaca}", atau hapus salinannya.',
    "data-pendukung-uncertain.duplicate":
      'Baris {cell} dan baris {dipakai} lembar "{sheet}" sama-sama menamai {tingkat} "{nama}". Yang dipakai isian ' +
      "baris {dipakai} (yang paling bawah); isian baris {cell} tidak dipakai. Pindahkan isian yang masih berlaku ke " +
      "baris {dipakai}, lalu hapus baris {cell}.",
    "data-pendukung-uncertain.place":
      'Isian baris {cell} lembar "{sheet}" ("{namaDp}") dipakai untuk {tingkat} "{nama}" (sel {sumberCell} lembar ' +
      '"{sumber}") karena letaknya sama di lembar sumber. Periksa, lalu tulis nama yang sama di sel {cell} untuk ' +
      "memastikannya.",
    "data-pendukung-uncertain.similar":
      'Isian baris {cell} lembar "{sheet}" ("{namaDp}") dipakai untuk {tingkat} "{nama}" (sel {sumberCell} lembar ' +
      '"{sumber}") karena namanya mirip. Periksa, lalu tulis nama yang sama di sel {cell} untuk memastikannya.',
    "data-pendukung-uncertain.tahun":
      'Lembar "{sheet}" diisi untuk tahun {tahunDp} (sel {cell}), laporan ini tahun {tahun}: target dan realisasi ' +
      "tahun lalunya (tahun {tahunLaluDp}), total anggaran, dan belanja operasi/pegawainya tidak dipakai sebagai " +
      "data tahun {tahunLalu} dan {tahun}. Isian lain (polaritas, target Renstra, analisis, program/kegiatan " +
      "penunjang, rencana tindak lanjut, sumber dana) tetap dipakai: periksa yang ditulis untuk tahun {tahunDp}. " +
      "Simpan salinan buku kerja tahun {tahunDp}, lalu ganti Tahun menjadi {tahun} dan isi data itu untuk tahun ini.",
    "data-pendukung-uncertain.tahun-lalu":
      'Isian {kolom} di sel {cell} lembar "{sheet}" ({tertulis}) untuk indikator "{nama}" tidak sama dengan lembar ' +
      'tahun lalu "{lembar}" ({nilai} di sel {sumberCell}). Tabel memakai isian Data Pendukung: periksa mana yang benar.',
    "data-pendukung-uncertain.total-anggaran":
      'Total anggaran di sel {cell} lembar "{sheet}" ({tertulis}) tidak sama dengan jumlah pagu program di lembar ' +
      '"{sumber}" ({jumlah}); selisih {selisih}. Tabel 3.4 memakai total Data Pendukung, sedangkan Tabel 2.2 dan ' +
      "BELANJA DAERAH menjumlah program: periksa totalnya, atau kosongkan sel itu agar jumlah program yang dipakai.",
    "data-pendukung-uncertain.belanja":
      'Anggaran {belanja} di sel {cell} lembar "{sheet}" ({tertulis}) melebihi total anggaran perangkat daerah ' +
      "({total}): periksa angkanya.",
    "data-pendukung-uncertain.unnamed":
      'Isian baris {cell} lembar "{sheet}" ("{namaDp}") dipakai untuk {tingkat} tanpa nama di sel {sumberCell} ' +
      'lembar "{sumber}": di bawah sasaran yang sama, dan namanya bukan nama {tingkat} lain di lembar itu. Periksa ' +
      "bahwa baris itu memang untuk {tingkat} ini.",
  },
  levels: {
    urusan: "urusan",
    bidang: "bidang urusan",
    program: "program",
    kegiatan: "kegiatan",
    subKegiatan: "sub kegiatan",
    indikator: "indikator",
    sasaran: "sasaran",
    tujuan: "tujuan",
    budgetRow: "baris anggaran",
  },
  triwulan: (n) => `TW ${ROMAWI[n - 1] ?? String(n)}`,
  unnamedRow: (row) => `Baris ${row} (tanpa nama)`,
  others: (n) => (n > 0 ? ` dan ${n} lainnya` : ""),
  indikatorSubject: (name, row) => (name !== "" ? `indikator "${name}"` : `indikator di baris ${row}`),
  dataColumns: {
    targetTahunLalu: "target tahun lalu",
    realisasiTahunLalu: "realisasi tahun lalu",
    targetAkhirRenstra: "target akhir Renstra",
    totalAnggaran: "total anggaran Perangkat Daerah",
    tahun: "tahun",
    operasiAnggaran: "anggaran belanja operasi",
    operasiRealisasi: "realisasi belanja operasi",
    pegawaiAnggaran: "anggaran belanja pegawai",
    pegawaiRealisasi: "realisasi belanja pegawai",
  },
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  ruleLabels: {
    "kas-vs-pagu": "Jumlah anggaran kas ≠ pagu",
    "pagu-vs-children": "Pagu ≠ jumlah pagu rinciannya",
    "kas-vs-children": "Anggaran kas ≠ jumlah rinciannya",
    "realisasi-vs-children": "Realisasi ≠ jumlah rinciannya",
    "realisasi-over-pagu": "Realisasi melebihi pagu",
    "realisasi-over-kas": "Realisasi melebihi anggaran kas",
    "capaian-anggaran-mismatch": "Capaian anggaran ≠ realisasi ÷ pagu",
    "capaian-kinerja-mismatch": "Capaian kinerja ≠ hasil hitung ulang",
    "unreadable-value": "Isi sel bukan angka",
    "number-out-of-range": "Angka di luar jangkauan",
    "text-too-long": "Nama terlalu panjang",
    "date-in-amount": "Tanggal di kolom angka",
    "missing-name": "Nama kosong",
    "missing-value": "Isian kosong",
    "level-uncertain": "Tingkat baris ditebak",
    "realisasi-decreased": "Realisasi kumulatif turun",
    "realisasi-total-mismatch": "Realisasi tahun ≠ jumlah triwulan",
    "renstra-total-mismatch": "Realisasi Renstra ≠ s/d tahun lalu + tahun ini",
    "tingkat-capaian-mismatch": "Tingkat capaian ≠ hasil hitung ulang",
    "realisasi-negative": "Realisasi triwulan negatif",
    "formula-range": "Rentang rumus tidak sesuai rinciannya",
    "outside-totals": "Baris di luar jumlah",
    "total-row-mismatch": "Baris jumlah ≠ jumlah barisnya",
    "kode-mismatch": "Kode tidak di bawah kode induknya",
    "ambiguous-separator": "Pemisah angka meragukan",
    "stacked-tables": "Tabel bertumpuk di satu lembar",
    "number-stored-as-text": "Angka tersimpan sebagai teks",
    "rupiah-unit": "Rupiah dalam ribuan/jutaan",
    "triwulan-source": "Triwulan laporan",
    "heading-row-sum": "Baris judul dijumlah dari rinciannya",
    "table-cell-empty": "Sel tabel LKjIP dibiarkan kosong",
    "data-pendukung-orphan": "Baris Data Pendukung tanpa pasangan",
    "data-pendukung-uncertain": "Pasangan Data Pendukung perlu dipastikan",
    "data-pendukung-stale-note": "Catatan lama di Data Pendukung",
    "data-pendukung-copy": "Salinan Data Pendukung tidak dibaca",
  },
  amountLabelsOfKey: {
    "data-pendukung-uncertain.tahun": { expected: "Tahun lembar sumber", actual: "Tahun di Data Pendukung" },
    "data-pendukung-uncertain.tahun-lalu": { expected: "Di lembar tahun lalu", actual: "Di Data Pendukung" },
    "data-pendukung-uncertain.total-anggaran": { expected: "Σ pagu program", actual: "Total di Data Pendukung" },
    "data-pendukung-uncertain.belanja": { expected: "Total anggaran", actual: "Anggaran belanja" },
  },
  amountLabels: {
    "kas-vs-pagu": { expected: "Anggaran kas setahun", actual: "Pagu" },
    "pagu-vs-children": { expected: "Σ pagu rinciannya", actual: "Pagu" },
    "kas-vs-children": { expected: "Σ anggaran kas rinciannya", actual: "Anggaran kas" },
    "realisasi-vs-children": { expected: "Σ realisasi rinciannya", actual: "Realisasi" },
    "realisasi-over-pagu": { expected: "Pagu", actual: "Realisasi" },
    "realisasi-over-kas": { expected: "Anggaran kas s/d triwulan ini", actual: "Realisasi" },
    "capaian-anggaran-mismatch": { expected: "Realisasi ÷ pagu (%)", actual: "Capaian tertulis (%)" },
    "capaian-kinerja-mismatch": { expected: "Hasil hitung ulang (%)", actual: "Capaian tertulis (%)" },
    "unreadable-value": { expected: "Isian yang diharapkan", actual: "Isi sel" },
    "number-out-of-range": { expected: "Jangkauan", actual: "Isi sel" },
    "text-too-long": { expected: "Panjang paling banyak", actual: "Panjang" },
    "date-in-amount": { expected: "Isian yang diharapkan", actual: "Isi sel" },
    "missing-name": { expected: "Nama", actual: "Isi sel" },
    "missing-value": { expected: "Saran (hasil hitung)", actual: "Isi sel" },
    "level-uncertain": { expected: "Tingkat", actual: "Tingkat" },
    "realisasi-decreased": { expected: "Realisasi s.d. triwulan sebelumnya", actual: "Realisasi s.d. triwulan ini" },
    "realisasi-total-mismatch": { expected: "Σ realisasi triwulan", actual: "Realisasi tahun berjalan" },
    "renstra-total-mismatch": { expected: "Realisasi s/d tahun lalu + tahun ini", actual: "Realisasi s/d tahun ini" },
    "tingkat-capaian-mismatch": { expected: "Hasil hitung ulang (%)", actual: "Tingkat capaian tertulis (%)" },
    "realisasi-negative": { expected: "Paling kecil", actual: "Realisasi triwulan" },
    "formula-range": { expected: "Σ rinciannya", actual: "Hasil rumus" },
    "outside-totals": { expected: "Baris jumlah", actual: "Baris" },
    "total-row-mismatch": { expected: "Σ baris yang dijumlahkan", actual: "Baris jumlah" },
    "kode-mismatch": { expected: "Kode induk", actual: "Kode baris" },
    "ambiguous-separator": { expected: "Isian yang diharapkan", actual: "Isi sel" },
    "stacked-tables": { expected: "Tabel yang dibaca", actual: "Tabel lain" },
    "number-stored-as-text": { expected: "Isian yang diharapkan", actual: "Isi sel" },
    "rupiah-unit": { expected: "Rupiah", actual: "Tertulis" },
    "triwulan-source": { expected: "Triwulan yang dipakai", actual: "Tertulis" },
    "heading-row-sum": { expected: "Σ pagu rinciannya", actual: "Tertulis" },
    "table-cell-empty": { expected: "Seharusnya", actual: "Tertulis" },
    "data-pendukung-orphan": { expected: "Pasangan di lembar sumber", actual: "Nama di Data Pendukung" },
    "data-pendukung-uncertain": { expected: "Nama di lembar sumber", actual: "Nama di Data Pendukung" },
    "data-pendukung-stale-note": { expected: "Seharusnya", actual: "Tertulis" },
    "data-pendukung-copy": { expected: "Lembar yang dibaca", actual: "Salinan" },
  },
};
